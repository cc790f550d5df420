package care.circles.payment.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * The names the council gives when it opens a direct payment account: the person's, and their
 * representative's when someone (a family carer, a deputy) manages the money for them.
 */
public record HolderNames(String person, Optional<String> representative) {

    public static final int MAX_LENGTH = 200;

    /** @throws InvalidInputException naming the fields {@code personName} and {@code representativeName} */
    public static HolderNames of(String person, String representative) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = person == null ? "" : person.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("personName", "Enter the name of the person the direct payment is for"));
        } else if (name.length() > MAX_LENGTH) {
            problems.add(new FieldProblem("personName", "The person's name must be 200 characters or fewer"));
        }
        String other = representative == null ? "" : representative.strip();
        if (other.length() > MAX_LENGTH) {
            problems.add(new FieldProblem("representativeName", "The representative's name must be 200 characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new HolderNames(name, other.isEmpty() ? Optional.empty() : Optional.of(other));
    }
}
