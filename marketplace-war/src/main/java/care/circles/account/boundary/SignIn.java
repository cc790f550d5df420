package care.circles.account.boundary;

import java.io.IOException;

import care.circles.platform.FormFeedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@Named
@RequestScoped
public class SignIn {

    static final String NOT_RIGHT = "The email address or password is not right. Check both and try again.";

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    FormFeedback feedback;

    private String email;
    private String password;

    public String signIn() throws IOException {
        if (email == null || email.isBlank()) {
            feedback.show("email", "Enter your email address");
        }
        if (password == null || password.isEmpty()) {
            feedback.show("password", "Enter your password");
        }
        if (feedback.isPresent()) {
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE:
                // Going back to the page that asked for sign-in; the mechanism has redirected.
                faces.responseComplete();
                return null;
            case SUCCESS:
                request.changeSessionId();
                return SignedInLanding.forRequest(request) + "?faces-redirect=true";
            default:
                feedback.show("email", NOT_RIGHT);
                return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
