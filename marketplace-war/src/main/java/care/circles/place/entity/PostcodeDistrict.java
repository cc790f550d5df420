package care.circles.place.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outward part of a UK postcode ("DT1", "BH21", "SP8"), which is as precise as a public
 * search needs to be. A full postcode ("DT1 1XJ") is accepted and cut to its district.
 */
public record PostcodeDistrict(String code) {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private static final Pattern FULL_POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?) ?[0-9][A-Z]{2}");

    public PostcodeDistrict {
        if (code == null || !DISTRICT.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "A postcode district is the first part of a postcode, like DT1 or BH21: " + code);
        }
    }

    /** Reads a district or a full postcode as a person types it, or nothing if it is neither. */
    public static Optional<PostcodeDistrict> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (DISTRICT.matcher(upper).matches()) {
            return Optional.of(new PostcodeDistrict(upper));
        }
        Matcher full = FULL_POSTCODE.matcher(upper);
        if (full.matches()) {
            return Optional.of(new PostcodeDistrict(full.group(1)));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
