package care.circles.account.entity;

import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * A password someone has just chosen. Long passphrases are easier to remember and harder to
 * guess than short ones with symbols, so length is the rule (NCSC guidance), not character mix.
 */
public final class NewPassword {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final char[] characters;

    private NewPassword(char[] characters) {
        this.characters = characters;
    }

    public static NewPassword of(String password, String confirmation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new FieldProblem("password", "Enter a password"));
        } else if (password.length() < MIN_LENGTH) {
            problems.add(new FieldProblem("password", "Your password must be at least " + MIN_LENGTH
                    + " characters long. Three random words together work well."));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(new FieldProblem("password", "Your password must be " + MAX_LENGTH + " characters or fewer"));
        } else if (password.isBlank()) {
            problems.add(new FieldProblem("password", "Your password cannot be only spaces"));
        }
        if (problems.isEmpty() && !password.equals(confirmation)) {
            problems.add(new FieldProblem("confirmPassword", "The two passwords do not match. Type the same password twice."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewPassword(password.toCharArray());
    }

    public char[] characters() {
        return characters.clone();
    }
}
