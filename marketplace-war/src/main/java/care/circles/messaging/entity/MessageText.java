package care.circles.messaging.entity;

import java.util.Locale;

import care.circles.platform.InvalidInputException;

/**
 * What someone wrote in a message: plain text, 1 to {@value #MAX_LENGTH} characters, line breaks
 * kept. It is stored as typed (no HTML is interpreted); pages escape it when they show it.
 */
public record MessageText(String value) {

    public static final int MAX_LENGTH = 5000;
    /** The id of the text box on every message form, so a problem links to it. */
    public static final String FIELD = "body";

    public MessageText {
        if (value == null) {
            throw new InvalidInputException(FIELD, "Enter your message");
        }
        // One kind of line break, and no invisible control characters that could hide text.
        value = value.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(FIELD, "Enter your message");
        }
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            throw new InvalidInputException(FIELD, "Your message must be " + String.format(Locale.UK, "%,d", MAX_LENGTH)
                    + " characters or fewer; it has " + String.format(Locale.UK, "%,d", length)
                    + ". Send it in two parts if you need to.");
        }
    }

    public static MessageText of(String typed) {
        return new MessageText(typed);
    }

    /** The start of the text on one line, for a list of conversations. */
    public String preview(int maxCharacters) {
        String oneLine = value.replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= maxCharacters) {
            return oneLine;
        }
        int end = oneLine.offsetByCodePoints(0, maxCharacters);
        return oneLine.substring(0, end).stripTrailing() + "\u2026";
    }
}
