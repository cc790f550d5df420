package care.circles.payment.entity;

import java.util.Optional;

import care.circles.platform.FieldProblem;

/**
 * Words someone must write to explain a money decision (why money is taken back, why a care
 * account changes, what a payment is for): not blank, and short enough to show.
 */
public final class WrittenReason {

    private WrittenReason() {
    }

    /**
     * @param field     the input id
     * @param whenBlank what to tell a person who wrote nothing
     * @return the problem with what was written, or empty when it will do
     */
    public static Optional<FieldProblem> problem(String field, String written, int maxLength, String whenBlank) {
        String text = written == null ? "" : written.strip();
        if (text.isEmpty()) {
            return Optional.of(new FieldProblem(field, whenBlank));
        }
        if (text.length() > maxLength) {
            return Optional.of(new FieldProblem(field, "Write " + maxLength + " characters or fewer"));
        }
        return Optional.empty();
    }
}
