package care.circles.market.entity;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import care.circles.pa.entity.AvailabilitySlot;
import care.circles.pa.entity.PartOfDay;

/** The parts of the week people most often find hard to cover, each with the measure that counts PAs free then. */
public enum PartOfWeek {
    WEEKDAY_DAYTIME(MarketMeasure.PAS_WEEKDAY_DAYTIME),
    WEEKDAY_EVENINGS(MarketMeasure.PAS_WEEKDAY_EVENINGS),
    WEEKENDS(MarketMeasure.PAS_WEEKENDS),
    NIGHTS(MarketMeasure.PAS_NIGHTS);

    private final MarketMeasure measure;

    PartOfWeek(MarketMeasure measure) {
        this.measure = measure;
    }

    public MarketMeasure measure() {
        return measure;
    }

    public static PartOfWeek of(AvailabilitySlot slot) {
        if (slot.part() == PartOfDay.NIGHT) {
            return NIGHTS;
        }
        if (slot.day() == DayOfWeek.SATURDAY || slot.day() == DayOfWeek.SUNDAY) {
            return WEEKENDS;
        }
        return slot.part() == PartOfDay.EVENING ? WEEKDAY_EVENINGS : WEEKDAY_DAYTIME;
    }

    /** Every part of the week that some slot of a PA's usual week falls in. */
    public static Set<PartOfWeek> covered(Iterable<String> slotCodes) {
        Set<PartOfWeek> parts = EnumSet.noneOf(PartOfWeek.class);
        for (String code : slotCodes) {
            parts.add(of(AvailabilitySlot.parse(code)));
        }
        return parts;
    }
}
