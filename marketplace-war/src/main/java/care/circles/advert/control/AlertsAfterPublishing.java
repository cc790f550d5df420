package care.circles.advert.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the PA alerts once an advert's publishing has committed: nobody hears of an advert
 * that was not published, and the council's click is not kept waiting for them.
 */
@ApplicationScoped
public class AlertsAfterPublishing {

    @Inject
    MatchingPaAlerts alerts;

    void afterPublishing(@Observes(during = TransactionPhase.AFTER_SUCCESS) AdvertPublished event) {
        alerts.alertMatchingPas(event.advertId());
    }
}
