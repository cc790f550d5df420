package care.circles.payments.careaccount;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import care.circles.payments.Money;

/**
 * The council's rules for the care account: the lifetime cap on what a person pays for their
 * eligible care, which kinds of spending count as eligible care, and which card payments do.
 *
 * @param cap                        the lifetime cap (£86,000 as announced)
 * @param eligibleCategories         the spending categories that count, e.g. {@code personal-care}
 * @param eligibleMerchantCategories the merchant category codes (ISO 18245) where a card payment
 *                                   counts as care, e.g. {@code 8050}
 */
public record CareAccountRules(Money cap, Set<String> eligibleCategories, Set<String> eligibleMerchantCategories) {

    /** The cap announced for England. */
    public static final Money ANNOUNCED_CAP = Money.ofPence(86_000_00L);

    /** Categories that count unless the council configures others. */
    public static final String DEFAULT_CATEGORIES = "personal-care,home-care,day-care,respite-care,residential-care,nursing-care";

    /**
     * Card payments that count unless the council configures others: 8050 nursing and personal
     * care facilities (care homes, home-care agencies) and 8099 medical services and health
     * practitioners not elsewhere classified (where many care businesses are registered).
     */
    public static final String DEFAULT_MERCHANT_CATEGORIES = "8050,8099";

    public CareAccountRules {
        Objects.requireNonNull(cap, "cap");
        if (!cap.isPositive()) {
            throw new IllegalArgumentException("The care cap must be more than £0.00");
        }
        eligibleCategories = Set.copyOf(eligibleCategories);
        eligibleMerchantCategories = Set.copyOf(eligibleMerchantCategories);
    }

    /** The announced cap and the default eligible categories. */
    public static CareAccountRules defaults() {
        return of(ANNOUNCED_CAP, DEFAULT_CATEGORIES);
    }

    /** Reads the council's setting: categories separated by commas; card payments count at the default codes. */
    public static CareAccountRules of(Money cap, String categories) {
        return of(cap, categories, DEFAULT_MERCHANT_CATEGORIES);
    }

    /**
     * Reads the council's settings: categories separated by commas, merchant category codes
     * separated by commas or spaces.
     *
     * @throws IllegalArgumentException naming the first code that is not four digits
     */
    public static CareAccountRules of(Money cap, String categories, String merchantCategories) {
        Set<String> eligible = new TreeSet<>();
        for (String category : categories.split(",")) {
            if (!category.isBlank()) {
                eligible.add(category.strip());
            }
        }
        Set<String> codes = new TreeSet<>();
        for (String code : merchantCategories.split("[,\\s]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!code.matches("\\d{4}")) {
                throw new IllegalArgumentException("A merchant category code is four digits, like 8050: " + code);
            }
            codes.add(code);
        }
        return new CareAccountRules(cap, eligible, codes);
    }

    public boolean isEligible(String category) {
        return category != null && eligibleCategories.contains(category);
    }

    /** Whether a card payment at a merchant of this category code counts as care. */
    public boolean isEligibleMerchant(String merchantCategoryCode) {
        return merchantCategoryCode != null && eligibleMerchantCategories.contains(merchantCategoryCode);
    }
}
