package care.circles.account.boundary;

import java.util.ArrayList;
import java.util.List;

import care.circles.account.control.Accounts;
import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.platform.FieldProblem;
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
        List<FieldProblem> problems = new ArrayList<>();
        EmailAddress address = null;
        NewPassword chosen = null;
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
        if (problems.isEmpty()) {
            try {
                accounts.openCouncilAccount(current.require(), address, chosen);
                opened = address.value();
                email = null;
                return null;
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        feedback.show(problems);
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
