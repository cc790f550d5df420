package care.circles.seeds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a hub or spoke meets, as a {@code session_series} row: weekly or monthly at a local time,
 * skipping bank holidays. The web app makes the sessions ahead of time; the demo writes only
 * those that already have bookings.
 */
public record DemoSchedule(String listingName, Kind kind, Recurrence recurrence, LocalDate firstDate, LocalTime start,
        LocalTime end, int capacity, int bookingCutoffHours) {

    /** The values of the {@code session_series.kind} column. */
    public enum Kind { ACTIVITY, CARERS_BREAK }

    /** The values of the {@code session_series.recurrence} column the demo uses. */
    public enum Recurrence { WEEKLY, MONTHLY }

    public DemoSchedule {
        Objects.requireNonNull(listingName, "listingName");
        if (!end.isAfter(start) || capacity < 1) {
            throw new IllegalArgumentException(listingName + " needs an end after its start and a place");
        }
    }

    /** The weekly schedule's dates from {@code from} on, skipping bank holidays, as many as asked. */
    public List<LocalDate> datesFrom(LocalDate from, Set<LocalDate> bankHolidays, int count) {
        if (recurrence != Recurrence.WEEKLY) {
            throw new IllegalStateException("Demo bookings are on weekly schedules only");
        }
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = firstDate; dates.size() < count; date = date.plusWeeks(1)) {
            if (!date.isBefore(from) && !bankHolidays.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The first date on or after {@code from} that falls on the day. */
    static LocalDate onOrAfter(LocalDate from, DayOfWeek day) {
        return from.plusDays((day.getValue() - from.getDayOfWeek().getValue() + 7) % 7);
    }
}
