package care.circles.account.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import care.circles.account.control.Accounts;
import care.circles.account.entity.NewCredentials;
import care.circles.account.entity.Role;
import care.circles.platform.FieldProblem;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Self-registration for DP holders, PAs and providers; signs the new account straight in. */
@Named
@RequestScoped
public class Registration {

    @Inject
    Accounts accounts;

    @Inject
    SessionSignIn session;

    @Inject
    FacesContext faces;

    @Inject
    FormFeedback feedback;

    private String email;
    private String password;
    private String confirmPassword;
    private String role;

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(Role::allowsSelfRegistration).toList();
    }

    public String register() {
        // The role radios are plain HTML inputs, so their labels and ids stay simple for assistive technology.
        role = faces.getExternalContext().getRequestParameterMap().get("role");
        List<FieldProblem> problems = new ArrayList<>();
        NewCredentials credentials = null;
        try {
            credentials = NewCredentials.of(email, password, confirmPassword);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Role chosenRole = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
        if (chosenRole == null) {
            problems.add(new FieldProblem("role", "Choose what you are registering as"));
        }
        if (!problems.isEmpty()) {
            feedback.show(problems);
            return null;
        }
        try {
            accounts.register(credentials.email(), credentials.password(), chosenRole);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
        String next = session.signIn(credentials.email().value(), password);
        return next != null || faces.getResponseComplete() ? next : "/sign-in.xhtml?faces-redirect=true";
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

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
