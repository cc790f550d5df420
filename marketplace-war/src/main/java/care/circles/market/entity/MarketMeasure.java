package care.circles.market.entity;

import java.util.Arrays;
import java.util.Optional;

import care.circles.payments.Money;

/**
 * What the market view counts for each locality. Codes are stored in monthly snapshots and
 * used in links ({@code ?measure=VERIFIED_PAS}), so they never change once released.
 */
public enum MarketMeasure {
    DP_HOLDERS("Direct payment holders", "People with a direct payment account who live in the locality", false, true),
    ISFS("Individual service funds", "ISFs in use for people who live in the locality", false, true),
    VERIFIED_PAS("Verified PAs", "PAs with a published profile whose photo ID and enhanced DBS check the council has verified and are in date", false, true),
    PAS_WEEKDAY_DAYTIME("Verified PAs, weekday daytime", "Verified PAs free on some weekday morning or afternoon (8am to 5pm)", false, true),
    PAS_WEEKDAY_EVENINGS("Verified PAs, weekday evenings", "Verified PAs free on some weekday evening (5pm to 10pm)", false, true),
    PAS_WEEKENDS("Verified PAs, weekends", "Verified PAs free on some Saturday or Sunday morning, afternoon or evening", false, true),
    PAS_NIGHTS("Verified PAs, nights", "Verified PAs free on some night (10pm to 8am)", false, true),
    ACCREDITED_PROVIDERS("Accredited providers", "Organisations with an accreditation in force that are based in or serve the locality", false, true),
    DAY_PLACES("Day-opportunity places", "Places at hubs and community activities listed in the locality (the sum of their capacities)", false, true),
    STALE_ADVERTS("Adverts open over 28 days", "Published job adverts still unfilled 28 days after they were published", false, false),
    SEARCHES_NOTHING_NEARBY("Searches that found nothing", "Searches for PAs or day opportunities near a place in the locality that found nothing, this month and the 2 before", false, false),
    MEDIAN_PA_RATE("Median PA rate", "The middle hourly rate of the locality's verified PAs", true, true),
    RATE_ABOVE_BASE("Median rate above base", "How far the median PA rate is above the council's base rate (negative: below it)", true, true);

    private final String label;
    private final String explanation;
    private final boolean money;
    private final boolean moreIsBetter;

    MarketMeasure(String label, String explanation, boolean money, boolean moreIsBetter) {
        this.label = label;
        this.explanation = explanation;
        this.money = money;
        this.moreIsBetter = moreIsBetter;
    }

    /** The measure a link names, or nothing for an unknown code. */
    public static Optional<MarketMeasure> parse(String code) {
        return Arrays.stream(values()).filter(m -> m.name().equals(code)).findFirst();
    }

    public String code() {
        return name();
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** Pence, shown as pounds; otherwise a count. */
    public boolean isMoney() {
        return money;
    }

    /** False for measures of unmet need (stale adverts, fruitless searches): more is worse. */
    public boolean isMoreBetter() {
        return moreIsBetter;
    }

    /** "12", "£13.40", "-£0.25", or "None" for a locality with nothing to measure. */
    public String format(Long value) {
        if (value == null) {
            return "None";
        }
        return money ? Money.ofPence(value).toString() : Long.toString(value);
    }

    /** The same figure for a spreadsheet: pounds as a plain number, empty when there is none. */
    public String formatPlain(Long value) {
        if (value == null) {
            return "";
        }
        return money ? Money.ofPence(value).toPlainPounds() : Long.toString(value);
    }
}
