package care.circles.accreditation.entity;

import java.util.Arrays;
import java.util.List;

import care.circles.platform.InvalidInputException;

/**
 * The conditions an accreditation is given with, one a line. They are listed publicly, so
 * each must make sense on its own to a member of the public.
 */
public record Conditions(List<String> lines) {

    public static final int MAX_TEXT = 2000;
    public static final Conditions NONE = new Conditions(List.of());

    public Conditions {
        lines = List.copyOf(lines);
    }

    /** @throws InvalidInputException (field {@code conditions}) when there are none or they are too long */
    public static Conditions of(String typed) {
        List<String> lines = parse(typed);
        if (lines.isEmpty()) {
            throw new InvalidInputException("conditions", "Enter the conditions, one a line. They are shown publicly,"
                    + " like \"Personal care only after the new manager's DBS check is verified\"");
        }
        if (String.join("\n", lines).length() > MAX_TEXT) {
            throw new InvalidInputException("conditions", "The conditions must be " + MAX_TEXT + " characters or fewer");
        }
        return new Conditions(lines);
    }

    /** Reads conditions as stored: one a line, blank lines ignored. */
    public static Conditions stored(String text) {
        return new Conditions(parse(text));
    }

    private static List<String> parse(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .map(line -> line.replaceFirst("^[-*\u2022]\\s*", "")).filter(line -> !line.isEmpty()).toList();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** As stored: one a line, or null for none. */
    public String text() {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
