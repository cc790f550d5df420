package care.circles.account.boundary;

import care.circles.platform.FormFeedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
@RequestScoped
public class SignIn {

    static final String NOT_RIGHT = "The email address or password is not right. Check both and try again.";

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
        String next = session.signIn(email, password);
        if (next == null && !faces.getResponseComplete()) {
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
