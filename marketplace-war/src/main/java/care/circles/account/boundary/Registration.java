package care.circles.account.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import care.circles.account.control.Accounts;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.platform.FieldProblem;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
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

/** Self-registration for DP holders, PAs and providers; signs the new account straight in. */
@Named
@RequestScoped
public class Registration {

    @Inject
    Accounts accounts;

    @Inject
    SecurityContext security;

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
        EmailAddress address = null;
        NewPassword chosen = null;
        Role chosenRole = null;
        try {
            address = EmailAddress.of(email);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            chosen = NewPassword.of(password, confirmPassword);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            chosenRole = role == null || role.isBlank() ? null : Role.valueOf(role);
        } catch (IllegalArgumentException unknown) {
            chosenRole = null;
        }
        if (chosenRole == null) {
            problems.add(new FieldProblem("role", "Choose what you are registering as"));
        }
        if (!problems.isEmpty()) {
            feedback.show(problems);
            return null;
        }
        try {
            accounts.register(address, chosen, chosenRole);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(address.value(), new Password(password)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return "/sign-in.xhtml?faces-redirect=true";
        }
        request.changeSessionId();
        return SignedInLanding.forRequest(request) + "?faces-redirect=true";
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
