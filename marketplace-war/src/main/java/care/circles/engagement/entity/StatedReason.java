package care.circles.engagement.entity;

import care.circles.platform.InvalidInputException;

/** Why someone declined, cancelled, disputed or gave notice: required, so the other side knows. */
public record StatedReason(String text) {

    public static final int MAX = 500;

    /**
     * @param field  the input id, for the message beside the box
     * @param prompt what to ask for when it is empty, like "Say why you are declining"
     * @throws InvalidInputException naming the field
     */
    public static StatedReason of(String typed, String field, String prompt) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, prompt);
        }
        if (text.length() > MAX) {
            throw new InvalidInputException(field, "Keep it to " + MAX + " characters or fewer; it has " + text.length());
        }
        return new StatedReason(text);
    }

    /** An optional note: empty is allowed and becomes null. */
    public static String optional(String typed, String field) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX) {
            throw new InvalidInputException(field, "Keep it to " + MAX + " characters or fewer; it has " + text.length());
        }
        return text.isEmpty() ? null : text;
    }
}
