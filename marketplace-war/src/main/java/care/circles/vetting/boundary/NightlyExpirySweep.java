package care.circles.vetting.boundary;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.vetting.control.VettingChecks;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Once a night, records the verified checks whose expiry date has passed. Pages and search
 * already stop counting them on the day (the status is worked out from the date); this writes
 * the expiry to the audit log and tells search to re-index those PAs.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyExpirySweep {

    private static final Logger LOG = Logger.getLogger(NightlyExpirySweep.class.getName());

    @Inject
    VettingChecks checks;

    @Resource
    TimerService timers;

    @Schedule(hour = "0", minute = "20", timezone = "Europe/London", persistent = false)
    void sweep() {
        try {
            int expired = checks.recordExpired(checks.today());
            LOG.info(() -> "Vetting checks found expired tonight: " + expired);
        } catch (RuntimeException e) {
            // Tomorrow's sweep picks up whatever this one missed: it looks for every past expiry.
            LOG.log(Level.WARNING, "The nightly vetting expiry sweep failed", e);
        }
    }

    /** When the sweep runs next: proof that the schedule is really set. */
    public Optional<Instant> nextRun() {
        return timers.getTimers().stream().map(timer -> timer.getNextTimeout().toInstant()).min(Instant::compareTo);
    }
}
