package care.circles.platform;

/** One thing wrong with one field, said so a person knows what to change. */
public record FieldProblem(String field, String message) {
}
