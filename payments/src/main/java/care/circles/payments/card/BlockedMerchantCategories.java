package care.circles.payments.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The merchant category codes (MCCs, ISO 18245) where the council does not allow pre-paid
 * cards to be used, each with the plain-English use a holder is told about. Configurable by
 * the council; {@link #defaults()} blocks gambling, cash and cash-like payments, and alcohol.
 */
public final class BlockedMerchantCategories {

    /** What a blocked code is for, as a person would say it. */
    private static final Map<String, String> KNOWN_USES = Map.ofEntries(
            Map.entry("7995", "gambling"),          // Betting, incl. lottery tickets, casino chips, off-track betting
            Map.entry("7800", "gambling"),          // Government-owned lotteries
            Map.entry("7801", "gambling"),          // Government-licensed online casinos (online gambling)
            Map.entry("7802", "gambling"),          // Government-licensed horse and dog racing
            Map.entry("6010", "cash withdrawals"),  // Financial institutions: manual cash disbursements
            Map.entry("6011", "cash withdrawals"),  // Financial institutions: automated cash disbursements (ATMs)
            Map.entry("6051", "money orders, foreign currency or other cash-like payments"), // Quasi-cash
            Map.entry("5921", "buying alcohol"),    // Package stores: beer, wine and liquor
            Map.entry("4829", "sending money to other people"), // Wire transfers and money orders
            Map.entry("5933", "pawn shops"),
            Map.entry("5993", "buying tobacco"));   // Cigar stores and stands

    /** The codes blocked unless the council configures others. */
    public static final String DEFAULT_CODES = "5921,6010,6011,6051,7800,7801,7802,7995";

    private final Map<String, String> blocked;

    private BlockedMerchantCategories(Map<String, String> blocked) {
        this.blocked = Collections.unmodifiableMap(blocked);
    }

    /** Gambling (7995, 7800, 7801, 7802), cash (6010, 6011), quasi-cash (6051), alcohol (5921). */
    public static BlockedMerchantCategories defaults() {
        return parse(DEFAULT_CODES);
    }

    /**
     * Reads the council's setting: four-digit codes separated by commas or spaces.
     *
     * @throws IllegalArgumentException naming the first code that is not four digits
     */
    public static BlockedMerchantCategories parse(String codes) {
        Map<String, String> blocked = new LinkedHashMap<>();
        for (String code : codes.split("[,\\s]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!code.matches("\\d{4}")) {
                throw new IllegalArgumentException("A merchant category code is four digits, like 7995: " + code);
            }
            blocked.put(code, KNOWN_USES.getOrDefault(code, "this kind of shop"));
        }
        return new BlockedMerchantCategories(blocked);
    }

    /** The plain-English use of the code if it is blocked, e.g. "gambling". */
    public Optional<String> blockedUse(String merchantCategoryCode) {
        return Optional.ofNullable(merchantCategoryCode).map(blocked::get);
    }

    /** The blocked codes, in the order configured. */
    public Set<String> codes() {
        return blocked.keySet();
    }
}
