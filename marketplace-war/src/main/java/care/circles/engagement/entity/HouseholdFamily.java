package care.circles.engagement.entity;

import java.util.Locale;

import care.circles.platform.InvalidInputException;

/**
 * The direct payment rule on family: a DP cannot normally pay a close family member who lives in
 * the same household. Both sides are asked; a "yes" stops the request with an explanation.
 */
public final class HouseholdFamily {

    public static final String FIELD = "householdFamily";

    private HouseholdFamily() {
    }

    /**
     * @param answer "yes" or "no" from the radio buttons
     * @throws InvalidInputException naming {@value #FIELD} when not answered, or answered yes
     */
    public static void confirmNot(String answer, String councilName) {
        String chosen = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        switch (chosen) {
            case "no" -> {
                // the only answer that lets the request go on
            }
            case "yes" -> throw new InvalidInputException(FIELD, "A direct payment cannot normally pay a close family"
                    + " member who lives in the same household. This has not been sent. If you think your situation"
                    + " is an exception, for example because of a health need, ask " + councilName
                    + "'s direct payments team first: they must agree it in writing.");
            default -> throw new InvalidInputException(FIELD,
                    "Say whether the PA is a close family member who lives in the same household");
        }
    }
}
