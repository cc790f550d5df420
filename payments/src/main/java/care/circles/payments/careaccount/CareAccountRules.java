package care.circles.payments.careaccount;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import care.circles.payments.Money;

/**
 * The council's rules for the care account: the lifetime cap on what a person pays for their
 * eligible care, and which kinds of spending count as eligible care.
 *
 * @param cap                the lifetime cap (£86,000 as announced)
 * @param eligibleCategories the spending categories that count, e.g. {@code personal-care}
 */
public record CareAccountRules(Money cap, Set<String> eligibleCategories) {

    /** The cap announced for England. */
    public static final Money ANNOUNCED_CAP = Money.ofPence(86_000_00L);

    /** Categories that count unless the council configures others. */
    public static final String DEFAULT_CATEGORIES = "personal-care,home-care,day-care,respite-care,residential-care,nursing-care";

    public CareAccountRules {
        Objects.requireNonNull(cap, "cap");
        if (!cap.isPositive()) {
            throw new IllegalArgumentException("The care cap must be more than £0.00");
        }
        eligibleCategories = Set.copyOf(eligibleCategories);
    }

    /** The announced cap and the default eligible categories. */
    public static CareAccountRules defaults() {
        return of(ANNOUNCED_CAP, DEFAULT_CATEGORIES);
    }

    /** Reads the council's setting: categories separated by commas. */
    public static CareAccountRules of(Money cap, String categories) {
        Set<String> eligible = new TreeSet<>();
        for (String category : categories.split(",")) {
            if (!category.isBlank()) {
                eligible.add(category.strip());
            }
        }
        return new CareAccountRules(cap, eligible);
    }

    public boolean isEligible(String category) {
        return category != null && eligibleCategories.contains(category);
    }
}
