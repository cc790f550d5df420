package care.circles.dayopportunity.entity;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a listing's schedules offer in the weeks ahead: on which days, and whether carers' breaks. */
public record Outlook(Set<DayOfWeek> days, boolean carersBreaks) {

    public static final Outlook NOTHING = new Outlook(Set.of(), false);

    public Outlook {
        Set<DayOfWeek> ordered = EnumSet.noneOf(DayOfWeek.class);
        ordered.addAll(days);
        days = Collections.unmodifiableSet(ordered);
    }

    public Outlook with(Set<DayOfWeek> moreDays, boolean breaks) {
        Set<DayOfWeek> all = EnumSet.noneOf(DayOfWeek.class);
        all.addAll(days);
        all.addAll(moreDays);
        return new Outlook(all, carersBreaks || breaks);
    }
}
