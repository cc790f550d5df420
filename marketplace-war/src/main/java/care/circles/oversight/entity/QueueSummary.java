package care.circles.oversight.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * One council work queue at a glance: how many items wait and how long the oldest has waited.
 *
 * @param oldest when the oldest waiting item arrived; null when nothing waits, or for a queue
 *               worked out afresh each time (surpluses), whose items have no arrival date
 */
public record QueueSummary(String name, String link, long waiting, Instant oldest, Instant now) {

    public boolean isEmpty() {
        return waiting == 0;
    }

    /** "3 days", "5 hours", "under an hour": how long the oldest item has waited. */
    public String oldestAge() {
        if (waiting == 0) {
            return "Nothing waiting";
        }
        if (oldest == null) {
            return "Not recorded";
        }
        Duration age = Duration.between(oldest, now);
        long days = age.toDays();
        if (days >= 1) {
            return days == 1 ? "1 day" : days + " days";
        }
        long hours = age.toHours();
        if (hours >= 1) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        return "Under an hour";
    }
}
