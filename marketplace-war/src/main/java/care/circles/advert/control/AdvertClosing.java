package care.circles.advert.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import care.circles.advert.entity.JobAdvert;
import care.circles.audit.control.AuditTrail;
import care.circles.search.control.SearchOutbox;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores the closing of adverts whose 60 days are over and takes them out of the search index.
 * Pages and searches already treat them as closed from the clock; this keeps the database and
 * the index tidy. Safe to run on every server at once: rows are locked as they are closed.
 */
@Singleton
public class AdvertClosing {

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void everyQuarterHour() {
        closeExpired();
    }

    /** @return how many adverts were closed now (at most one batch) */
    public int closeExpired() {
        Instant now = clock.instant();
        List<JobAdvert> expired = em.createNamedQuery(JobAdvert.EXPIRED, JobAdvert.class)
                .setParameter("publishedBy", now.minus(JobAdvert.OPEN_FOR))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultList();
        int closed = 0;
        for (JobAdvert advert : expired) {
            if (advert.closeIfExpired(now)) {
                outbox.delete(AdvertListing.INDEX, String.valueOf(advert.id()));
                audit.record(null, "ADVERT_CLOSED", JobAdverts.SUBJECT, advert.id(), "60 days after publishing");
                closed++;
            }
        }
        return closed;
    }
}
