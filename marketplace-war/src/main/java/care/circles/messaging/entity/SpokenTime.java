package care.circles.messaging.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A time as people say it in the UK: "Today at 2:05pm", "Yesterday at 9:30am", "4 March 2025 at 11:00am". */
public final class SpokenTime {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private SpokenTime() {
    }

    public static String of(Instant moment, Instant now, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String clock = local.format(CLOCK).toLowerCase(Locale.UK);
        LocalDate day = local.toLocalDate();
        if (day.equals(today)) {
            return "Today at " + clock;
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday at " + clock;
        }
        return local.format(DAY) + " at " + clock;
    }
}
