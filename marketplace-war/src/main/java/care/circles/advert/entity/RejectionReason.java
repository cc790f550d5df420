package care.circles.advert.entity;

import care.circles.platform.InvalidInputException;

/** Why the council sent an advert back; the poster reads it, so it must say what to change. */
public record RejectionReason(String text) {

    public static final String FIELD = "reason";
    public static final int MAX = 500;

    /** @throws InvalidInputException naming {@value #FIELD} */
    public static RejectionReason of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FIELD, "Tell the poster what to change before the advert can be published");
        }
        if (text.length() > MAX) {
            throw new InvalidInputException(FIELD, "The reason must be " + MAX + " characters or fewer; it has "
                    + text.length());
        }
        return new RejectionReason(text);
    }
}
