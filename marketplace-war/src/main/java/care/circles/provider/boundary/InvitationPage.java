package care.circles.provider.boundary;

import java.io.Serializable;

import care.circles.account.boundary.SessionSignIn;
import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.account.entity.NewPassword;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.provider.control.Organisations;
import care.circles.provider.control.Organisations.InvitationView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Accepting an invitation to join an organisation (/organisations/join.xhtml?token=...): someone
 * new sets a password and is signed in; someone signed in with the invited address joins.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentAccount current;

    @Inject
    SessionSignIn session;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String token;
    private String password;
    private String confirmPassword;
    private transient InvitationView invitation;

    public InvitationView getInvitation() {
        if (invitation == null) {
            invitation = organisations.openInvitation(token).orElse(null);
        }
        return invitation;
    }

    /** Whoever is signed in is the person invited. */
    public boolean isSignedInAsInvited() {
        return getInvitation() != null && current.get().map(a -> a.email().value().equals(invitation.invitation().email()))
                .orElse(false);
    }

    public String join() {
        if (getInvitation() == null) {
            return null;
        }
        try {
            organisations.accept(current.require(), token);
            return "/provider/index.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
    }

    public String create() {
        if (getInvitation() == null) {
            return null;
        }
        try {
            Account account = organisations.acceptWithNewAccount(token, NewPassword.of(password, confirmPassword));
            String next = session.signIn(account.email().value(), password);
            if (faces.getResponseComplete()) {
                return null;
            }
            return next != null ? "/provider/index.xhtml?faces-redirect=true" : "/sign-in.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        } finally {
            password = null;
            confirmPassword = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
