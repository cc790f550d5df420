package care.circles.dayopportunity.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * Keeps sessions made as far ahead as the horizon: at start-up (schedules loaded with the demo
 * data, or written while no server ran) and every night as the weeks go by. Safe on several
 * servers at once: a date already made is never made twice (unique per schedule and date).
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SessionHorizon {

    private static final Logger LOG = Logger.getLogger(SessionHorizon.class.getName());

    @Inject
    Sessions sessions;

    @Resource
    ManagedScheduledExecutorService executor;

    @PostConstruct
    void atStartUp() {
        executor.execute(this::extendAll);
    }

    @Schedule(hour = "2", minute = "15", timezone = "Europe/London", persistent = false)
    void nightly() {
        extendAll();
    }

    /** @return how many sessions were made */
    public int extendAll() {
        int made = 0;
        for (long series : sessions.seriesToExtend()) {
            try {
                made += sessions.extend(series);
            } catch (RuntimeException e) {
                // Another server made the same date at the same moment, or the schedule went: next run tries again.
                LOG.log(Level.FINE, "Sessions of schedule " + series + " not made this time", e);
            }
        }
        int total = made;
        LOG.info(() -> "Sessions made ahead: " + total);
        return made;
    }
}
