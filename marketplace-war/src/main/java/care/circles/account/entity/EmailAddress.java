package care.circles.account.entity;

import java.util.Locale;
import java.util.regex.Pattern;

import care.circles.platform.InvalidInputException;

/** An email address as we store it: trimmed and lower-cased, so one person has one account. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("email", "Enter your email address");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("email", "Enter an email address in the right format, like name@example.com");
        }
    }

    public static EmailAddress of(String text) {
        return new EmailAddress(text);
    }

    @Override
    public String toString() {
        return value;
    }
}
