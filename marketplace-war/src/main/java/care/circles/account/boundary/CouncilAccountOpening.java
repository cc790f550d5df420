package care.circles.account.boundary;


import care.circles.account.control.Accounts;
import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.NewCredentials;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A council user opens an account for a colleague. The page is also restricted in web.xml. */
@Named
@RequestScoped
public class CouncilAccountOpening {

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    private String email;
    private String password;
    private String confirmPassword;
    private String opened;

    public String open() {
        try {
            NewCredentials credentials = NewCredentials.of(email, password, confirmPassword);
            accounts.openCouncilAccount(current.require(), credentials.email(), credentials.password());
            opened = credentials.email().value();
            email = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    public String getOpened() {
        return opened;
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
}
