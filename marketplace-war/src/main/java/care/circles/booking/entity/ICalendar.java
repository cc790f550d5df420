package care.circles.booking.entity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A calendar file (RFC 5545) of booked sessions, for any calendar program. Times are in UTC, so
 * no time-zone definitions are needed; text is escaped; lines end with CRLF and are folded so
 * none is longer than 75 octets, never inside a character.
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    /** One session in the calendar. A cancelled one stays, marked cancelled, so calendars take it out. */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
                        boolean cancelled) {
    }

    private ICalendar() {
    }

    /** @param stamp when the file is made (DTSTAMP) */
    public static String of(List<Event> events, Instant stamp) {
        StringBuilder calendar = new StringBuilder();
        line(calendar, "BEGIN:VCALENDAR");
        line(calendar, "VERSION:2.0");
        line(calendar, "PRODID:-//Circles//Day opportunity bookings//EN");
        line(calendar, "CALSCALE:GREGORIAN");
        line(calendar, "METHOD:PUBLISH");
        for (Event event : events) {
            line(calendar, "BEGIN:VEVENT");
            line(calendar, "UID:" + escape(event.uid()));
            line(calendar, "DTSTAMP:" + UTC.format(stamp));
            line(calendar, "DTSTART:" + UTC.format(event.start()));
            line(calendar, "DTEND:" + UTC.format(event.end()));
            line(calendar, "SUMMARY:" + escape(event.summary()));
            if (event.location() != null && !event.location().isBlank()) {
                line(calendar, "LOCATION:" + escape(event.location()));
            }
            if (event.description() != null && !event.description().isBlank()) {
                line(calendar, "DESCRIPTION:" + escape(event.description()));
            }
            line(calendar, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(calendar, "END:VEVENT");
        }
        line(calendar, "END:VCALENDAR");
        return calendar.toString();
    }

    /** Backslashes, semicolons and commas get a backslash; a line break becomes \n (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Splits a content line into lines of at most 75 octets, each continuation starting with a space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static void line(StringBuilder calendar, String content) {
        calendar.append(fold(content)).append(CRLF);
    }
}
