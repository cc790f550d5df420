package care.circles.account.boundary;

import java.time.Duration;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.platform.FormFeedback;
import care.circles.platform.NetworkAddress;
import care.circles.platform.Throttle;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

@Named
@RequestScoped
public class SignIn {

    static final String NOT_RIGHT = "The email address or password is not right. Check both and try again.";
    static final String TOO_MANY = "There have been too many attempts to sign in. Wait 15 minutes, then try again.";

    /** Failed sign-ins are counted over this window, per account and per network address. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    Throttle throttle;

    @Inject
    NetworkAddress networkAddress;

    @Inject
    @ConfigProperty(name = "signin.max-failures-per-account", defaultValue = "10")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "signin.max-failures-per-address", defaultValue = "100")
    int maxFailuresPerAddress;

    @Inject
    SessionSignIn session;

    @Inject
    FacesContext faces;

    @Inject
    FormFeedback feedback;

    private String email;
    private String password;

    public String signIn() {
        if (email == null || email.isBlank()) {
            feedback.show("email", "Enter your email address");
        }
        if (password == null || password.isEmpty()) {
            feedback.show("password", "Enter your password");
        }
        if (feedback.isPresent()) {
            return null;
        }
        // Guessing passwords is slowed down for one account from anywhere, and for many accounts from one place.
        String account = "account:" + email.strip().toLowerCase(Locale.ROOT);
        String address = "address:" + networkAddress.of((HttpServletRequest) faces.getExternalContext().getRequest());
        if (throttle.isOver("sign-in", account, maxFailuresPerAccount, WINDOW)
                || throttle.isOver("sign-in", address, maxFailuresPerAddress, WINDOW)) {
            feedback.show("email", TOO_MANY);
            return null;
        }
        String next = session.signIn(email, password);
        if (next == null && !faces.getResponseComplete()) {
            throttle.hit("sign-in", account);
            throttle.hit("sign-in", address);
            feedback.show("email", NOT_RIGHT);
        }
        return next;
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
