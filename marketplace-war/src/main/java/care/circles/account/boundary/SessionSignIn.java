package care.circles.account.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signs a person in for this browser session from a Faces action. */
@RequestScoped
public class SessionSignIn {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    /**
     * @return where to go next (with a redirect), or null when the credentials were refused;
     *         when the person was sent here by a page that needs sign-in, they are redirected
     *         back to it and the response is already complete
     */
    public String signIn(String email, String password) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return null;
        }
        // A new session id after sign-in, so a session id planted before it is worthless.
        request.changeSessionId();
        String goingTo = SessionAuthentication.takeWhereGoing(request);
        if (goingTo == null) {
            return SignedInLanding.forRequest(request) + "?faces-redirect=true";
        }
        redirect(external, request.getContextPath() + goingTo);
        return null;
    }

    private void redirect(ExternalContext external, String target) {
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
