package care.circles.messaging.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class SpokenTimeTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2025-07-04T16:00:00Z"); // 5pm in summer time

    @Test
    void saysTodayAndYesterdayInUkTime() {
        assertEquals("Today at 2:05pm", SpokenTime.of(Instant.parse("2025-07-04T13:05:00Z"), NOW, UK));
        assertEquals("Yesterday at 9:30am", SpokenTime.of(Instant.parse("2025-07-03T08:30:00Z"), NOW, UK));
        assertEquals("Today at 12:30am", SpokenTime.of(Instant.parse("2025-07-03T23:30:00Z"), NOW, UK),
                "half past eleven UTC on the 3rd is already the 4th in the UK");
    }

    @Test
    void givesTheDateForOlderMessages() {
        assertEquals("4 March 2025 at 11:00am", SpokenTime.of(Instant.parse("2025-03-04T11:00:00Z"), NOW, UK));
    }
}
