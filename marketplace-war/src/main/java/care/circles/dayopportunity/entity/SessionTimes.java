package care.circles.dayopportunity.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import care.circles.platform.Platform;

/** Session dates and times as people say them, in the council's time zone. */
public final class SessionTimes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM", Locale.UK)
            .withZone(Platform.UK);

    private SessionTimes() {
    }

    /** "Tuesday 1 December 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "10:00". */
    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "Tuesday 1 December 2026, 10:00 to 12:00". */
    public static String when(Instant start, Instant end) {
        return DAY.format(start.atZone(Platform.UK)) + ", " + TIME.format(start.atZone(Platform.UK)) + " to "
                + TIME.format(end.atZone(Platform.UK));
    }

    /** "10:00 on Wednesday 2 December", for deadlines. */
    public static String moment(Instant instant) {
        return MOMENT.format(instant);
    }
}
