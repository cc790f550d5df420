package care.circles.safeguarding.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.control.CouncilStaff;
import care.circles.account.entity.Account;
import care.circles.account.entity.CouncilDuty;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.Throttle;
import care.circles.safeguarding.entity.ConcernReference;
import care.circles.safeguarding.entity.ConcernReport;
import care.circles.safeguarding.entity.ConcernStatus;
import care.circles.safeguarding.entity.SafeguardingAction;
import care.circles.safeguarding.entity.SafeguardingConcern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.mail.MessagingException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Safeguarding concerns: anyone may report one; only council users with the safeguarding duty
 * may read them or record what is done. Every report and every step is in the audit log.
 */
@ApplicationScoped
public class Safeguarding {

    public static final String TOO_MANY = "You have sent several reports from here in the last hour, so we cannot"
            + " take another online just now. If someone is in danger, call 999 now. Otherwise phone the council.";
    static final int NOTE_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CouncilStaff councilStaff;

    @Inject
    AuditTrail audit;

    @Inject
    Throttle throttle;

    @Inject
    Event<ConcernReceived> received;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "safeguarding.reports-per-hour", defaultValue = "5")
    int reportsPerHour;

    /**
     * Stores a concern and returns its reference. Reports are limited per network address, so
     * the queue cannot be flooded; the limit is generous for a real reporter.
     *
     * @param reporter the signed-in person reporting, if any
     * @param from     the network address the report came from (only a hash is kept, for the limit)
     */
    @Transactional
    public String report(ConcernReport report, Optional<Account> reporter, String from) {
        if (!throttle.tryAcquire("concern-report", from, reportsPerHour, Duration.ofHours(1))) {
            throw new InvalidInputException("whatHappened", TOO_MANY);
        }
        SafeguardingConcern concern = new SafeguardingConcern(ConcernReference.next(), report,
                reporter.map(Account::id).orElse(null), clock.instant());
        em.persist(concern);
        em.flush();
        audit.record(reporter.map(Account::id).orElse(null), "SAFEGUARDING_CONCERN_REPORTED", "safeguarding_concern",
                concern.id(), "reference " + concern.reference() + (report.inDangerNow() ? ", someone in danger now" : ""));
        received.fire(new ConcernReceived(concern.id()));
        return concern.reference();
    }

    /** Tells someone about a newly stored concern; throws when it could not. */
    @FunctionalInterface
    public interface Teller {
        void tell(SafeguardingConcern concern) throws MessagingException;
    }

    /**
     * Tells the teller about the oldest concern nobody was told of yet, and marks it told. The
     * row stays locked while it is told, so two servers never send the same one; SKIP LOCKED
     * lets each take a different one.
     *
     * @return whether there was one
     * @throws IllegalStateException when telling failed: the concern stays untold, for next time
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tellNextUntold(Teller teller) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM safeguarding_concern WHERE emailed_at IS NULL"
                + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        SafeguardingConcern concern = em.find(SafeguardingConcern.class, ids.get(0).longValue());
        try {
            teller.tell(concern);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not tell anyone about concern " + concern.reference(), e);
        }
        concern.emailed(clock.instant());
        return true;
    }

    /** Concerns in a status (or all when null), those with someone in danger first, then oldest first. */
    public ListPage<SafeguardingConcern> queue(Account viewer, ConcernStatus status, int page, int size) {
        councilStaff.require(viewer, CouncilDuty.SAFEGUARDING);
        String where = status == null ? "" : " WHERE c.status = :status";
        var count = em.createQuery("SELECT COUNT(c) FROM SafeguardingConcern c" + where, Long.class);
        var list = em.createQuery("SELECT c FROM SafeguardingConcern c" + where
                + " ORDER BY CASE WHEN c.status = care.circles.safeguarding.entity.ConcernStatus.CLOSED THEN 1 ELSE 0 END,"
                + " c.inDangerNow DESC, c.receivedAt, c.id", SafeguardingConcern.class);
        if (status != null) {
            count.setParameter("status", status);
            list.setParameter("status", status);
        }
        List<SafeguardingConcern> items = list.setFirstResult(ListPage.offset(page, size)).setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, count.getSingleResult(), page, size);
    }

    public long openCount(Account viewer) {
        councilStaff.require(viewer, CouncilDuty.SAFEGUARDING);
        return em.createQuery("SELECT COUNT(c) FROM SafeguardingConcern c WHERE c.status <> :closed", Long.class)
                .setParameter("closed", ConcernStatus.CLOSED).getSingleResult();
    }

    public Optional<SafeguardingConcern> concern(Account viewer, long id) {
        councilStaff.require(viewer, CouncilDuty.SAFEGUARDING);
        return Optional.ofNullable(em.find(SafeguardingConcern.class, id));
    }

    public List<SafeguardingAction> history(Account viewer, long concernId) {
        councilStaff.require(viewer, CouncilDuty.SAFEGUARDING);
        return em.createQuery("SELECT a FROM SafeguardingAction a WHERE a.concernId = :id ORDER BY a.occurredAt, a.id",
                SafeguardingAction.class).setParameter("id", concernId).getResultList();
    }

    /**
     * Records a step: the status it moves to and a note of what was done and why.
     *
     * @param seenVersion the version the person was looking at, so two colleagues acting at
     *                    once do not silently overwrite each other
     */
    @Transactional
    public void act(Account actor, long concernId, long seenVersion, ConcernStatus next, String note) {
        councilStaff.require(actor, CouncilDuty.SAFEGUARDING);
        String text = note == null ? "" : note.strip();
        if (next == null) {
            throw new InvalidInputException("status", "Choose what happens to the concern now");
        }
        if (text.isEmpty()) {
            throw new InvalidInputException("note", "Write what you have done or decided, and why");
        }
        if (text.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "Use " + NOTE_MAX + " characters or fewer (you used " + text.length() + ")");
        }
        SafeguardingConcern concern = em.find(SafeguardingConcern.class, concernId);
        if (concern == null) {
            throw new InvalidInputException("status", "This concern no longer exists");
        }
        if (concern.version() != seenVersion) {
            throw new InvalidInputException("status", "A colleague updated this concern while you were reading it."
                    + " Read their note below, then record yours again.");
        }
        try {
            concern.moveTo(next, clock.instant());
        } catch (IllegalStateException notAllowed) {
            throw new InvalidInputException("status", notAllowed.getMessage());
        }
        Instant now = clock.instant();
        em.persist(new SafeguardingAction(concernId, actor.id(), next, text, now));
        audit.record(actor.id(), "SAFEGUARDING_CONCERN_" + next.name(), "safeguarding_concern", concernId,
                concern.reference() + ": " + next.label());
    }

}
