package care.circles.timesheet.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.control.ChangeNotices;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.Hours;
import care.circles.engagement.entity.StatedReason;
import care.circles.messaging.control.ParticipantNames;
import care.circles.payment.control.PaymentRequestInbox;
import care.circles.payments.Money;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.SpokenDate;
import care.circles.timesheet.entity.ClaimedVisit;
import care.circles.timesheet.entity.Timesheet;
import care.circles.timesheet.entity.TimesheetLine;
import care.circles.timesheet.entity.TimesheetStatus;
import care.circles.visit.entity.Visit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Timesheets: the PA claims visits that are over, with the actual times; the DP holder
 * approves (raising one payment request for hours times the agreed rate, in the same
 * transaction) or disputes with a reason, and the PA corrects and sends again.
 */
@ApplicationScoped
public class Timesheets {

    public static final String SUBJECT = "timesheet";

    @PersistenceContext
    EntityManager em;

    @Inject
    Agreements agreements;

    @Inject
    PaymentRequestInbox payments;

    @Inject
    ParticipantNames names;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeNotices notices;

    @Inject
    Clock clock;

    /** The PA's visits under this agreement that are over and on no timesheet yet, oldest first. */
    public List<Visit> toClaim(Account pa, long agreementId) {
        Agreement agreement = agreements.find(pa, agreementId)
                .orElseThrow(() -> new SecurityException("This agreement is not one of yours"));
        requirePa(pa, agreement);
        return em.createNamedQuery(Visit.TO_CLAIM, Visit.class)
                .setParameter("agreement", agreementId)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    @Transactional
    public Timesheet submit(Account pa, long agreementId, List<ClaimedVisit> claimed, String note) {
        Agreement agreement = agreements.lockedFor(pa, agreementId);
        requirePa(pa, agreement);
        if (claimed.isEmpty()) {
            throw new InvalidInputException("visits", "There are no visits to claim yet: a timesheet lists visits that are over");
        }
        Map<Long, Visit> visits = claimable(agreementId);
        for (ClaimedVisit line : claimed) {
            Visit visit = visits.get(line.visitId());
            if (visit == null) {
                throw new ChangeRefused("A visit on this timesheet is not one you can claim: it is not over yet,"
                        + " was cancelled, or is on another timesheet.");
            }
            visit.claim(clock.instant());
        }
        Timesheet timesheet = new Timesheet(agreementId, agreement.dpHolderAccountId(), pa.id(),
                amountOf(claimed, agreement.hourlyRate()), note, clock.instant());
        em.persist(timesheet);
        em.flush();
        claimed.forEach(line -> em.persist(new TimesheetLine(timesheet.id(), line)));
        audit.record(pa.id(), "TIMESHEET_SUBMITTED", SUBJECT, timesheet.id(), claimed.size() + " visits, "
                + timesheet.amount());
        notices.tell(agreement.dpHolderAccountId(), "You have a timesheet to approve, for " + timesheet.amount() + ".",
                link(timesheet.id()));
        return timesheet;
    }

    /** The PA corrects a disputed timesheet (the same visits) and sends it again. */
    @Transactional
    public Timesheet correct(Account pa, long timesheetId, List<ClaimedVisit> claimed, String note) {
        Timesheet timesheet = lockedFor(pa, timesheetId);
        if (timesheet.paAccountId() != pa.id()) {
            throw new SecurityException("Only the PA corrects their timesheet");
        }
        timesheet.requireCanBecome(TimesheetStatus.SUBMITTED);
        Map<Long, TimesheetLine> lines = lines(timesheetId).stream()
                .collect(Collectors.toMap(TimesheetLine::visitId, Function.identity()));
        if (claimed.size() != lines.size() || !claimed.stream().allMatch(c -> lines.containsKey(c.visitId()))) {
            throw new ChangeRefused("A corrected timesheet has the same visits as before.");
        }
        claimed.forEach(c -> lines.get(c.visitId()).write(c));
        Agreement agreement = em.find(Agreement.class, timesheet.agreementId());
        timesheet.resubmit(amountOf(claimed, agreement.hourlyRate()), note, clock.instant());
        audit.record(pa.id(), "TIMESHEET_RESUBMITTED", SUBJECT, timesheetId, timesheet.amount().toString());
        notices.tell(timesheet.dpHolderAccountId(), "A corrected timesheet is waiting for your approval.",
                link(timesheetId));
        return timesheet;
    }

    /**
     * The DP holder approves: the visits are confirmed and a payment request for the amount is
     * raised in this transaction, once, whatever happens after (the source key is the timesheet).
     */
    @Transactional
    public Timesheet approve(Account holder, long timesheetId) {
        Timesheet timesheet = lockedFor(holder, timesheetId);
        requireHolder(holder, timesheet);
        timesheet.requireCanBecome(TimesheetStatus.APPROVED);
        List<TimesheetLine> lines = lines(timesheetId);
        lines.forEach(line -> em.find(Visit.class, line.visitId(), LockModeType.PESSIMISTIC_WRITE).confirm());
        Long requestId = null;
        if (timesheet.amount().isPositive()) {
            PaymentRequest request = payments.raise(new NewPaymentRequest("timesheet:" + timesheetId,
                    timesheet.dpHolderAccountId(), timesheet.paAccountId(), Funding.DIRECT_PAYMENT, timesheet.amount(),
                    description(timesheet, lines), holder.id()));
            requestId = request.id();
        }
        timesheet.approve(requestId, clock.instant());
        audit.record(holder.id(), "TIMESHEET_APPROVED", SUBJECT, timesheetId,
                requestId == null ? "Nothing to pay" : "Payment request " + requestId + " for " + timesheet.amount());
        notices.tell(timesheet.paAccountId(), "Your timesheet for " + timesheet.amount() + " was approved.",
                link(timesheetId));
        return timesheet;
    }

    @Transactional
    public Timesheet dispute(Account holder, long timesheetId, StatedReason reason) {
        Timesheet timesheet = lockedFor(holder, timesheetId);
        requireHolder(holder, timesheet);
        timesheet.dispute(reason, clock.instant());
        audit.record(holder.id(), "TIMESHEET_DISPUTED", SUBJECT, timesheetId, reason.text());
        notices.tell(timesheet.paAccountId(), "Your timesheet was disputed: please check it and send it again.",
                link(timesheetId));
        return timesheet;
    }

    public Optional<Timesheet> find(Account viewer, long timesheetId) {
        return Optional.ofNullable(em.find(Timesheet.class, timesheetId)).filter(t -> t.involves(viewer.id()));
    }

    public List<TimesheetLine> lines(long timesheetId) {
        return em.createNamedQuery(TimesheetLine.OF, TimesheetLine.class)
                .setParameter("timesheet", timesheetId)
                .getResultList();
    }

    public ListPage<Timesheet> involving(Account viewer, int page, int size) {
        long total = em.createNamedQuery(Timesheet.COUNT_INVOLVING, Long.class)
                .setParameter("account", viewer.id()).getSingleResult();
        List<Timesheet> items = em.createNamedQuery(Timesheet.INVOLVING, Timesheet.class)
                .setParameter("account", viewer.id())
                .setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, total, page, size);
    }

    /** Hours worked times the agreed rate, to the penny. */
    public static Money amountOf(List<ClaimedVisit> claimed, Money hourlyRate) {
        Duration worked = claimed.stream().map(ClaimedVisit::worked).reduce(Duration.ZERO, Duration::plus);
        return EngagementTerms.costOf(worked, hourlyRate);
    }

    private String description(Timesheet timesheet, List<TimesheetLine> lines) {
        Duration worked = lines.stream().map(TimesheetLine::worked).reduce(Duration.ZERO, Duration::plus);
        List<LocalDate> days = lines.stream().filter(TimesheetLine::happened)
                .map(l -> l.actualStart().atZone(care.circles.platform.Platform.UK).toLocalDate()).sorted().toList();
        String name = names.of(List.of(timesheet.paAccountId())).get(timesheet.paAccountId());
        return name + ", PA: " + days.size() + (days.size() == 1 ? " visit" : " visits") + " from "
                + SpokenDate.of(days.get(0)) + " to " + SpokenDate.of(days.get(days.size() - 1)) + ", "
                + Hours.spoken(worked) + " (timesheet " + timesheet.id() + ")";
    }

    private Map<Long, Visit> claimable(long agreementId) {
        return em.createNamedQuery(Visit.TO_CLAIM, Visit.class)
                .setParameter("agreement", agreementId)
                .setParameter("now", clock.instant())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .collect(Collectors.toMap(Visit::id, Function.identity()));
    }

    private Timesheet lockedFor(Account who, long timesheetId) {
        Timesheet timesheet = em.find(Timesheet.class, timesheetId, LockModeType.PESSIMISTIC_WRITE);
        if (timesheet == null || !timesheet.involves(who.id())) {
            throw new SecurityException("This timesheet is not one of yours");
        }
        return timesheet;
    }

    private static void requirePa(Account pa, Agreement agreement) {
        if (pa.role() != Role.PA || agreement.paAccountId() != pa.id()) {
            throw new SecurityException("Only the PA of this agreement sends timesheets for it");
        }
    }

    private static void requireHolder(Account holder, Timesheet timesheet) {
        if (holder.role() != Role.DP_HOLDER || timesheet.dpHolderAccountId() != holder.id()) {
            throw new SecurityException("Only the person the visits were for approves or disputes this timesheet");
        }
    }

    public static String link(long timesheetId) {
        return "/engage/timesheet.xhtml?id=" + timesheetId;
    }
}
