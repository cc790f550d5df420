package care.circles.taxonomy.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which kind of care a support type is, for the care account. Whether spending on a kind of care
 * counts toward the care cap is the council's setting, by these codes (see
 * {@code CareAccountRules}); a PA's visits count by the kinds of support their agreement lists.
 */
public enum CareCategory {

    PERSONAL_CARE("personal-care", "Personal care",
            "Help with washing, dressing, going to the toilet, eating, taking medicines or moving about."),
    HOME_CARE("home-care", "Care at home",
            "Help to keep a home going: cooking meals, cleaning, laundry and other household tasks."),
    DAY_CARE("day-care", "Day care", "Care during the day away from home, such as at a day centre."),
    RESPITE_CARE("respite-care", "Respite care", "Care that gives an unpaid carer a break."),
    COMPANIONSHIP("companionship", "Companionship", "Company and conversation, at home or out."),
    SOCIAL_ACTIVITIES("social-activities", "Social activities", "Going with someone to clubs, classes, hobbies and events."),
    TRANSPORT("transport", "Transport", "Driving someone, or going with them, to where they need to be.");

    private final String code;
    private final String label;
    private final String explanation;

    CareCategory(String code, String label, String explanation) {
        this.code = code;
        this.label = label;
        this.explanation = explanation;
    }

    /** The code the care account counts by, like {@code personal-care}. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** What the category covers, in plain English. */
    public String explanation() {
        return explanation;
    }

    public static Optional<CareCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
    }
}
