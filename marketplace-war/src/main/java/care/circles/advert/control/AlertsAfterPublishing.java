package care.circles.advert.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the PA alerts once an advert's publishing has committed, on a managed thread: nobody
 * hears of an advert that was not published, and the council's click is not kept waiting.
 */
@ApplicationScoped
public class AlertsAfterPublishing {

    private static final Logger LOG = Logger.getLogger(AlertsAfterPublishing.class.getName());

    @Inject
    MatchingPaAlerts alerts;

    @Resource
    ManagedExecutorService executor;

    void afterPublishing(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdvertPublished event) {
        executor.execute(() -> {
            try {
                alerts.alertMatchingPas(event.advertId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not tell PAs about advert " + event.advertId(), e);
            }
        });
    }
}
