package care.circles.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void writesACalendarWithOneEventPerBookingInUtcWithCrlfLineEnds() {
        String calendar = ICalendar.of(List.of(new ICalendar.Event("booking-7@circles",
                Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"), "Men's Shed",
                "Blandford Forum", null, false)), STAMP);

        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Circles//Day opportunity bookings//EN\r\n"
                + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:booking-7@circles\r\n"
                + "DTSTAMP:20261125T080000Z\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T120000Z\r\n"
                + "SUMMARY:Men's Shed\r\nLOCATION:Blandford Forum\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n", calendar);
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndLineBreaks() {
        assertEquals("Tea\\, cake\\; games\\\\quiz\\nBring a coat", ICalendar.escape("Tea, cake; games\\quiz\nBring a coat"));
    }

    @Test
    void foldsLongLinesAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String line = "DESCRIPTION:" + "Café ".repeat(30);
        String folded = ICalendar.fold(line);

        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals(line, folded.replace("\r\n ", ""), "unfolding gives the line back, every é whole");
        assertTrue(folded.contains("\r\n "), "a long line is folded");
    }

    @Test
    void aCancelledBookingStaysInTheCalendarMarkedCancelled() {
        String calendar = ICalendar.of(List.of(new ICalendar.Event("booking-8@circles", Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T12:00:00Z"), "Art Club", null, "Cancelled by the provider", true)), STAMP);

        assertTrue(calendar.contains("STATUS:CANCELLED\r\n"));
        assertTrue(calendar.contains("DESCRIPTION:Cancelled by the provider\r\n"));
    }
}
