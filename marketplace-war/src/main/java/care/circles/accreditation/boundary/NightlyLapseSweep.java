package care.circles.accreditation.boundary;

import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.accreditation.control.AccreditationDecisions;
import care.circles.accreditation.control.Accreditations;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Once a night, records the accreditations whose expiry date has passed as lapsed. Search and
 * pages already stop counting them on the day (they compare dates); this writes the lapse to
 * the audit log, tells the organisation, and re-indexes it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyLapseSweep {

    private static final Logger LOG = Logger.getLogger(NightlyLapseSweep.class.getName());

    @Inject
    AccreditationDecisions decisions;

    @Inject
    Accreditations accreditations;

    @Resource
    TimerService timers;

    @Schedule(hour = "0", minute = "25", timezone = "Europe/London", persistent = false)
    void sweep() {
        try {
            int lapsed = decisions.recordLapsed(accreditations.today());
            LOG.info(() -> "Accreditations found lapsed tonight: " + lapsed);
        } catch (RuntimeException e) {
            // Tomorrow's sweep picks up whatever this one missed: it looks for every past expiry date.
            LOG.log(Level.WARNING, "The nightly accreditation lapse sweep failed", e);
        }
    }

    /** When the sweep runs next: proof that the schedule is set. */
    public Optional<Instant> nextRun() {
        return timers.getTimers().stream().map(timer -> timer.getNextTimeout().toInstant()).min(Instant::compareTo);
    }
}
