package care.circles.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * The application's clock for a test deployment that needs to move time on (weeks of loads in
 * a second): real time plus an offset the test sets, and takes off again. Only deployments that
 * add this class get it; it wins over the platform's clock as an alternative.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AdjustableClock {

    private static volatile Duration offset = Duration.ZERO;

    /** Moves the application's time on (or back, with a negative duration). */
    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to real time. */
    public static void reset() {
        offset = Duration.ZERO;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("The application works in UTC instants");
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset);
            }
        };
    }
}
