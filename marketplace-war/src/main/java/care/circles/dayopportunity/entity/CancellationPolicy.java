package care.circles.dayopportunity.entity;

import java.time.Duration;
import java.time.Instant;

/** The notice a provider asks for when a person cancels, and what it means for them. */
public record CancellationPolicy(int noticeHours) {

    public CancellationPolicy {
        if (noticeHours < 0) {
            throw new IllegalArgumentException("Notice cannot be negative");
        }
    }

    /** Cancelling now would give less notice than the provider asks for. */
    public boolean isLate(Instant now, Instant sessionStarts) {
        return now.isAfter(sessionStarts.minus(Duration.ofHours(noticeHours)));
    }

    public String text() {
        if (noticeHours == 0) {
            return "You can cancel at any time before the session starts, without charge.";
        }
        return "Cancel at least " + notice() + " before the session starts. If you cancel later, the provider may"
                + " still charge for the place.";
    }

    private String notice() {
        if (noticeHours % 24 == 0) {
            long days = noticeHours / 24;
            return days == 1 ? "24 hours" : days == 7 ? "a week" : days + " days";
        }
        return noticeHours == 1 ? "1 hour" : noticeHours + " hours";
    }
}
