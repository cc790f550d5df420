package care.circles.accreditation.entity;

import care.circles.platform.InvalidInputException;

/** Why the council or the organisation did something: required, shown to the other side, kept for the record. */
public record Reason(String text) {

    public static final int MAX = 2000;

    /**
     * @param field   the input the reason was typed in
     * @param missing what to say when nothing was typed: what to write and who will read it
     * @throws InvalidInputException when it is empty or too long
     */
    public static Reason of(String typed, String field, String missing) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(field, missing);
        }
        if (text.length() > MAX) {
            throw new InvalidInputException(field, "This must be " + MAX + " characters or fewer");
        }
        return new Reason(text);
    }
}
