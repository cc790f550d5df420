package care.circles.dayopportunity.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a schedule repeats. Monthly means the same weekday of the month as the first date
 * (the first Monday, the third Thursday); a first date in the month's fifth week means the last.
 */
public enum Recurrence {
    ONCE("Once"),
    WEEKLY("Every week"),
    FORTNIGHTLY("Every two weeks"),
    MONTHLY("Every month, on the same weekday (like the first Monday)");

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "last");

    private final String label;

    Recurrence(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The n-th date of a schedule whose first date is {@code first}, counting from 0. */
    public Optional<LocalDate> nth(LocalDate first, long n) {
        if (n < 0) {
            return Optional.empty();
        }
        return switch (this) {
            case ONCE -> n == 0 ? Optional.of(first) : Optional.empty();
            case WEEKLY -> Optional.of(first.plusWeeks(n));
            case FORTNIGHTLY -> Optional.of(first.plusWeeks(2 * n));
            case MONTHLY -> Optional.of(sameWeekdayOfMonth(first, first.plusMonths(n)));
        };
    }

    /** The first n whose date can be on or after {@code from}: skips the weeks long gone. */
    long firstIndexNear(LocalDate first, LocalDate from) {
        long weeks = Math.max(0, ChronoUnit.WEEKS.between(first, from) - 1);
        return switch (this) {
            case ONCE -> 0;
            case WEEKLY -> weeks;
            case FORTNIGHTLY -> weeks / 2;
            case MONTHLY -> Math.max(0, ChronoUnit.MONTHS.between(first, from) - 1);
        };
    }

    /** "Every Tuesday", "Every other Tuesday", "The first Monday of every month", "Once". */
    public String describe(LocalDate first) {
        String day = first.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        return switch (this) {
            case ONCE -> "Once";
            case WEEKLY -> "Every " + day;
            case FORTNIGHTLY -> "Every other " + day;
            case MONTHLY -> "The " + ORDINALS.get(weekOfMonth(first) - 1) + " " + day + " of every month";
        };
    }

    private static LocalDate sameWeekdayOfMonth(LocalDate first, LocalDate inMonth) {
        DayOfWeek day = first.getDayOfWeek();
        int week = weekOfMonth(first);
        return week == 5
                ? inMonth.with(TemporalAdjusters.lastInMonth(day))
                : inMonth.with(TemporalAdjusters.dayOfWeekInMonth(week, day));
    }

    private static int weekOfMonth(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }
}
