package care.circles.oversight.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class QueueSummaryTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void anEmptyQueueSaysNothingWaits() {
        QueueSummary empty = new QueueSummary("Checks", "/council/checks.xhtml", 0, null, NOW);
        assertTrue(empty.isEmpty());
        assertEquals("Nothing waiting", empty.oldestAge());
    }

    @Test
    void theOldestItemsAgeIsSpokenInDaysThenHours() {
        assertEquals("3 days", waitingSince(Duration.ofDays(3).plusHours(5)).oldestAge());
        assertEquals("1 day", waitingSince(Duration.ofHours(30)).oldestAge());
        assertEquals("5 hours", waitingSince(Duration.ofHours(5).plusMinutes(59)).oldestAge());
        assertEquals("1 hour", waitingSince(Duration.ofMinutes(61)).oldestAge());
        assertEquals("Under an hour", waitingSince(Duration.ofMinutes(10)).oldestAge());
    }

    @Test
    void aQueueWorkedOutAfreshHasNoAgeButStillCountsItsItems() {
        QueueSummary surpluses = new QueueSummary("Surpluses", "/council/finance.xhtml?show=surplus", 2, null, NOW);
        assertEquals("Not recorded", surpluses.oldestAge());
        assertEquals(2, surpluses.waiting());
    }

    private static QueueSummary waitingSince(Duration age) {
        return new QueueSummary("Checks", "/council/checks.xhtml", 1, NOW.minus(age), NOW);
    }
}
