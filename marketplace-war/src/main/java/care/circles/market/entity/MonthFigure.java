package care.circles.market.entity;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A measure's figure at the end of one month; null when there was nothing to measure. */
public record MonthFigure(YearMonth month, Long value) {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** "Mar 2026", for a chart's axis. */
    public String shortName() {
        return month.format(SHORT);
    }

    /** "March 2026". */
    public String name() {
        return month.format(LONG);
    }
}
