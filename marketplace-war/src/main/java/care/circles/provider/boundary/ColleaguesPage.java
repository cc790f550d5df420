package care.circles.provider.boundary;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.EmailAddress;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.OutgoingMail;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Colleague;
import care.circles.provider.entity.Invitation;
import care.circles.provider.entity.MemberRole;
import care.circles.provider.entity.Membership;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.mail.MessagingException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The organisation's colleagues (/provider/colleagues.xhtml): everyone sees who works there;
 * owners invite (the link is shown once, and emailed) and remove colleagues.
 */
@Named
@RequestScoped
public class ColleaguesPage {

    private static final Logger LOG = Logger.getLogger(ColleaguesPage.class.getName());

    @Inject
    Organisations organisations;

    @Inject
    CurrentAccount current;

    @Inject
    OutgoingMail mail;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String inviteEmail;
    private String link;
    private boolean emailed;
    private String removed;

    public boolean isMember() {
        return organisations.membershipOf(current.require()).isPresent();
    }

    public boolean isOwner() {
        return organisations.membershipOf(current.require()).map(Membership::isOwner).orElse(false);
    }

    public List<Colleague> getColleagues() {
        return isMember() ? organisations.colleagues(current.require()) : List.of();
    }

    public List<Invitation> getInvitations() {
        return isOwner() ? organisations.openInvitations(current.require()) : List.of();
    }

    public List<MemberRole> getRoles() {
        return List.of(MemberRole.values());
    }

    public String invite() {
        String role = faces.getExternalContext().getRequestParameterMap().get("inviteRole");
        try {
            Organisations.InvitationLink invitation = organisations.invite(current.require(), inviteEmail, role);
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            String base = request.getRequestURL().toString().replaceFirst("/provider/.*$", "");
            link = base + "/organisations/join.xhtml?token=" + invitation.token();
            String organisation = organisations.organisationOf(current.require()).map(o -> o.name()).orElse("");
            try {
                mail.send(EmailAddress.of(invitation.invitation().email()), "Join " + organisation + " on Circles",
                        current.getEmail() + " has invited you to work for " + organisation + " on Circles, as "
                                + invitation.invitation().role().label().toLowerCase(java.util.Locale.UK) + ".\n\n"
                                + "Open this link within 14 days to join:\n" + link + "\n");
                emailed = true;
            } catch (MessagingException e) {
                LOG.log(Level.INFO, "Invitation email not sent; the owner is shown the link instead", e);
            }
            inviteEmail = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    public String remove() {
        String id = faces.getExternalContext().getRequestParameterMap().get("removeColleague");
        try {
            long accountId = Long.parseLong(id == null ? "" : id);
            organisations.remove(current.require(), accountId);
            removed = "Removed. They can no longer act for your organisation.";
        } catch (NumberFormatException e) {
            feedback.show("colleague", "Choose a colleague to remove");
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    public String cancel() {
        String id = faces.getExternalContext().getRequestParameterMap().get("cancelInvitation");
        try {
            organisations.cancelInvitation(current.require(), Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException ignored) {
            // Nothing chosen: nothing to cancel.
        }
        return null;
    }

    public boolean isSelf(Colleague colleague) {
        return colleague.accountId() == current.require().id();
    }

    public String getLink() {
        return link;
    }

    public boolean isEmailed() {
        return emailed;
    }

    public String getRemoved() {
        return removed;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }
}
