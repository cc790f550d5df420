package care.circles.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people say them, like "3 March 2025", and moments as "3 March 2025 at 2:05pm", in UK time. */
public final class SpokenDate {

    /** The time people in England live by, summer time and all. */

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private SpokenDate() {
    }

    public static String of(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }

    /** The day of a moment, in UK time. */
    public static String of(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment.atZone(Platform.UK));
    }

    /** "3 March 2025 at 2:05pm", in UK time. */
    public static String withTime(Instant moment) {
        return moment == null ? "" : of(moment) + " at " + CLOCK.format(moment.atZone(Platform.UK)).toLowerCase(Locale.UK);
    }
}
