package care.circles.platform;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Things every component shares: the clock (injectable so tests and audits agree on time). */
@ApplicationScoped
public class Platform {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
