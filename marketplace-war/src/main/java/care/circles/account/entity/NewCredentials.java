package care.circles.account.entity;

import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/** The email address and password for a new account, both checked, every problem reported at once. */
public record NewCredentials(EmailAddress email, NewPassword password) {

    public static NewCredentials of(String email, String password, String confirmation) {
        List<FieldProblem> problems = new ArrayList<>();
        EmailAddress address = null;
        NewPassword chosen = null;
        try {
            address = EmailAddress.of(email);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            chosen = NewPassword.of(password, confirmation);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewCredentials(address, chosen);
    }
}
