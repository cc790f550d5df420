package care.circles.seeds;

import java.util.Locale;
import java.util.regex.Pattern;

/** The outward half of a UK postcode, such as {@code DT1} or {@code BH21}. */
public record PostcodeDistrict(String code) {

    private static final Pattern OUTWARD_CODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    public PostcodeDistrict {
        if (code == null || !OUTWARD_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("'" + code + "' is not a postcode district: expected one or two"
                    + " letters, then a digit, then an optional digit or letter, such as DT1 or BH21");
        }
    }

    public static PostcodeDistrict of(String code) {
        return new PostcodeDistrict(code.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }
}
