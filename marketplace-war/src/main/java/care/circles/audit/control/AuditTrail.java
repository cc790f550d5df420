package care.circles.audit.control;

import java.time.Clock;

import care.circles.audit.entity.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes audit events inside the caller's transaction, so a change and its record of who made
 * it are stored together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long actorAccountId, String action, String subjectType, long subjectId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actorAccountId, action, subjectType, subjectId, detail));
    }
}
