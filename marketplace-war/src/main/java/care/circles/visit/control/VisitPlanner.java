package care.circles.visit.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import care.circles.audit.control.AuditTrail;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.AgreementEnding;
import care.circles.engagement.entity.AgreementMade;
import care.circles.engagement.entity.StatedReason;
import care.circles.engagement.entity.VisitSchedule;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import care.circles.visit.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Puts an agreement's regular visits in the calendar as dated visits, {@link #HORIZON} ahead:
 * when the agreement is made, and every day after that to keep the horizon rolling. When notice
 * is given, planned visits after the last day are cancelled.
 */
@ApplicationScoped
public class VisitPlanner {

    /** How far ahead visits are in the calendar. */
    public static final Period HORIZON = Period.ofWeeks(8);
    private static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void planNew(@Observes(during = TransactionPhase.IN_PROGRESS) AgreementMade made) {
        plan(em.find(Agreement.class, made.agreementId()), LocalDate.now(clock.withZone(Platform.UK)));
    }

    void cancelAfterLastDay(@Observes(during = TransactionPhase.IN_PROGRESS) AgreementEnding ending) {
        Agreement agreement = em.find(Agreement.class, ending.agreementId());
        StatedReason reason = new StatedReason("The agreement ends on " + SpokenDate.of(ending.lastDay()) + ".");
        List<Visit> after = em.createNamedQuery(Visit.PLANNED_FROM, Visit.class)
                .setParameter("agreement", agreement.id())
                .setParameter("from", ending.lastDay().plusDays(1).atStartOfDay(Platform.UK).toInstant())
                .getResultList();
        for (Visit visit : after) {
            visit.cancel(ending.byAccountId(), reason, clock.instant(), java.time.Duration.ZERO);
            audit.record(ending.byAccountId(), "VISIT_CANCELLED", Visits.SUBJECT, visit.id(), reason.text());
        }
    }

    /**
     * Keeps every agreement's calendar {@link #HORIZON} ahead of today and stores the end of
     * agreements whose last day has passed. Safe on several servers: each agreement is locked.
     *
     * @return how many agreements were looked at
     */
    @Transactional
    public int planAll(LocalDate today) {
        List<Agreement> due = em.createNamedQuery(Agreement.TO_PLAN, Agreement.class)
                .setParameter("horizon", today.plus(HORIZON))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultList();
        for (Agreement agreement : due) {
            if (agreement.endIfOver(today, clock.instant())) {
                audit.record(null, "AGREEMENT_ENDED", "agreement", agreement.id(), "Its last day has passed");
            }
            plan(agreement, today);
        }
        return due.size();
    }

    private void plan(Agreement agreement, LocalDate today) {
        LocalDate first = agreement.firstUnplannedDay();
        LocalDate last = today.plus(HORIZON);
        if (agreement.endsOn() != null && agreement.endsOn().isBefore(last)) {
            last = agreement.endsOn();
        }
        if (last.isBefore(first)) {
            agreement.plannedUntil(last.isBefore(today) ? today.plus(HORIZON) : last);
            return;
        }
        VisitSchedule schedule = agreement.schedule();
        for (VisitSchedule.Occurrence dated : schedule.occurrences(first, last, Platform.UK)) {
            em.persist(new Visit(agreement.id(), agreement.dpHolderAccountId(), agreement.paAccountId(),
                    dated.startsAt(), dated.endsAt(), null));
        }
        agreement.plannedUntil(agreement.endsOn() != null && !agreement.endsOn().isAfter(last)
                ? today.plus(HORIZON) : last);
    }
}
