package care.circles.engagement.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.AgreementEnding;
import care.circles.engagement.entity.EmployerDuty;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.StatedReason;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Agreements between a DP holder and a PA: reading them (only the two people in one can),
 * the employer's checklist, and notice to end. Every change is audited and told to the other side.
 */
@ApplicationScoped
public class Agreements {

    public static final String SUBJECT = "agreement";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeNotices notices;

    @Inject
    Event<AgreementEnding> ending;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /** An agreement the account is part of; nothing otherwise, so ids reveal nothing. */
    public Optional<Agreement> find(Account viewer, long agreementId) {
        return Optional.ofNullable(em.find(Agreement.class, agreementId)).filter(a -> a.involves(viewer.id()));
    }

    public ListPage<Agreement> involving(Account viewer, int page, int size) {
        long total = em.createNamedQuery(Agreement.COUNT_INVOLVING, Long.class)
                .setParameter("account", viewer.id()).getSingleResult();
        List<Agreement> items = em.createNamedQuery(Agreement.INVOLVING, Agreement.class)
                .setParameter("account", viewer.id())
                .setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, total, page, size);
    }

    /** The DP holder who employs the PA ticks off (or unticks) one of their duties as an employer. */
    @Transactional
    public Agreement markDuty(Account holder, long agreementId, EmployerDuty duty, boolean done) {
        Agreement agreement = lockedFor(holder, agreementId);
        if (agreement.dpHolderAccountId() != holder.id()) {
            throw new SecurityException("Only the employer ticks off the employer's duties");
        }
        boolean before = agreement.dutiesDone().contains(duty);
        agreement.markDuty(duty, done, clock.instant());
        if (before != done) {
            audit.record(holder.id(), done ? "EMPLOYER_DUTY_DONE" : "EMPLOYER_DUTY_UNDONE", SUBJECT, agreementId,
                    duty.name());
        }
        return agreement;
    }

    /** Either side ends the agreement with the agreed notice; later visits are cancelled with it. */
    @Transactional
    public Agreement giveNotice(Account who, long agreementId, StatedReason reason) {
        Agreement agreement = lockedFor(who, agreementId);
        agreement.giveNotice(reason, today(), clock.instant());
        audit.record(who.id(), "NOTICE_GIVEN", SUBJECT, agreementId,
                "Ends on " + agreement.endsOn() + ". " + reason.text());
        ending.fire(new AgreementEnding(agreementId, agreement.endsOn(), who.id()));
        notices.tell(otherSide(agreement, who.id()), "Notice was given on your agreement: it ends on "
                + SpokenDate.of(agreement.endsOn()) + ".", link(agreementId));
        return agreement;
    }

    /**
     * The one-off agreement for a visit of cover, made in the caller's transaction when a PA
     * accepts the cover request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Agreement makeOneOff(long holderAccountId, Account pa, long paProfileId, EngagementTerms terms) {
        if (pa.role() != Role.PA) {
            throw new SecurityException("Only personal assistants give cover");
        }
        Agreement agreement = Agreement.oneOff(holderAccountId, pa.id(), paProfileId, terms, clock.instant());
        em.persist(agreement);
        em.flush();
        audit.record(pa.id(), "AGREEMENT_MADE", SUBJECT, agreement.id(), "One visit of cover on "
                + SpokenDate.of(terms.startDate()));
        return agreement;
    }

    /** Locks the agreement for a change by one of its two people. */
    public Agreement lockedFor(Account who, long agreementId) {
        Agreement agreement = em.find(Agreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null || !agreement.involves(who.id())) {
            throw new SecurityException("This agreement is not one of yours");
        }
        return agreement;
    }

    public static long otherSide(Agreement agreement, long accountId) {
        return agreement.dpHolderAccountId() == accountId ? agreement.paAccountId() : agreement.dpHolderAccountId();
    }

    public static String link(long agreementId) {
        return "/engage/agreement.xhtml?id=" + agreementId;
    }
}
