package care.circles.timesheet.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.StatedReason;
import care.circles.payments.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A PA's claim for visits that took place under one agreement. Only the DP holder approves it;
 * nothing approves it by itself. The DP holder is reminded {@link #FIRST_REMINDER} and
 * {@link #SECOND_REMINDER} after it was sent, and the council sees it as overdue after
 * {@link #OVERDUE_AFTER}.
 */
@Entity
@Table(name = "timesheet")
@NamedQuery(name = Timesheet.INVOLVING, query = "SELECT t FROM Timesheet t WHERE t.dpHolderAccountId = :account"
        + " OR t.paAccountId = :account ORDER BY t.submittedAt DESC, t.id DESC")
@NamedQuery(name = Timesheet.COUNT_INVOLVING, query = "SELECT COUNT(t) FROM Timesheet t WHERE t.dpHolderAccountId = :account"
        + " OR t.paAccountId = :account")
@NamedQuery(name = Timesheet.TO_REMIND, query = "SELECT t FROM Timesheet t WHERE t.status = care.circles.timesheet.entity.TimesheetStatus.SUBMITTED"
        + " AND t.remindersSent < 2 AND t.submittedAt <= :sentBy ORDER BY t.submittedAt")
@NamedQuery(name = Timesheet.OVERDUE, query = "SELECT t FROM Timesheet t WHERE t.status = care.circles.timesheet.entity.TimesheetStatus.SUBMITTED"
        + " AND t.submittedAt <= :sentBy ORDER BY t.submittedAt, t.id")
@NamedQuery(name = Timesheet.COUNT_OVERDUE, query = "SELECT COUNT(t) FROM Timesheet t WHERE t.status = care.circles.timesheet.entity.TimesheetStatus.SUBMITTED"
        + " AND t.submittedAt <= :sentBy")
public class Timesheet {

    public static final String INVOLVING = "Timesheet.involving";
    public static final String COUNT_INVOLVING = "Timesheet.countInvolving";
    public static final String TO_REMIND = "Timesheet.toRemind";
    public static final String OVERDUE = "Timesheet.overdue";
    public static final String COUNT_OVERDUE = "Timesheet.countOverdue";

    public static final Duration FIRST_REMINDER = Duration.ofDays(2);
    public static final Duration SECOND_REMINDER = Duration.ofDays(5);
    public static final Duration OVERDUE_AFTER = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "dp_holder_account_id", nullable = false, updatable = false)
    private long dpHolderAccountId;

    @Column(name = "pa_account_id", nullable = false, updatable = false)
    private long paAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TimesheetStatus status;

    private String note;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "dispute_reason")
    private String disputeReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Column(name = "payment_request_id")
    private Long paymentRequestId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Timesheet() {
    }

    public Timesheet(long agreementId, long dpHolderAccountId, long paAccountId, Money amount, String note,
                     Instant now) {
        this.agreementId = agreementId;
        this.dpHolderAccountId = dpHolderAccountId;
        this.paAccountId = paAccountId;
        this.amountPence = amount.pence();
        this.note = note;
        this.status = TimesheetStatus.SUBMITTED;
        this.submittedAt = now;
        this.createdAt = now;
    }

    /** The PA corrects a disputed timesheet and sends it again: reminders start over. */
    public void resubmit(Money amount, String note, Instant now) {
        move(TimesheetStatus.SUBMITTED);
        this.amountPence = amount.pence();
        this.note = note;
        submittedAt = now;
        remindersSent = 0;
    }

    public void dispute(StatedReason reason, Instant now) {
        move(TimesheetStatus.DISPUTED);
        disputeReason = reason.text();
        decidedAt = now;
    }

    /** @param paymentRequestId the payment request raised with the approval, or null when nothing is owed */
    public void approve(Long paymentRequestId, Instant now) {
        move(TimesheetStatus.APPROVED);
        this.paymentRequestId = paymentRequestId;
        decidedAt = now;
    }

    public void requireCanBecome(TimesheetStatus next) {
        if (!status.canBecome(next)) {
            throw new ChangeRefused(status.refusal(next));
        }
    }

    private void move(TimesheetStatus next) {
        requireCanBecome(next);
        status = next;
    }

    /**
     * Which reminder is due now, if any (1 after 2 days, 2 after 5), and counts it as sent.
     * A late run sends only the latest reminder due, never both at once.
     */
    public Optional<Integer> takeReminderDue(Instant now) {
        if (status != TimesheetStatus.SUBMITTED) {
            return Optional.empty();
        }
        Duration waited = Duration.between(submittedAt, now);
        int due = waited.compareTo(SECOND_REMINDER) >= 0 ? 2 : waited.compareTo(FIRST_REMINDER) >= 0 ? 1 : 0;
        if (due <= remindersSent) {
            return Optional.empty();
        }
        remindersSent = due;
        return Optional.of(due);
    }

    public boolean isOverdue(Instant now) {
        return status == TimesheetStatus.SUBMITTED && !submittedAt.plus(OVERDUE_AFTER).isAfter(now);
    }

    public boolean involves(long accountId) {
        return dpHolderAccountId == accountId || paAccountId == accountId;
    }

    public Long id() {
        return id;
    }

    public long agreementId() {
        return agreementId;
    }

    public long dpHolderAccountId() {
        return dpHolderAccountId;
    }

    public long paAccountId() {
        return paAccountId;
    }

    public TimesheetStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public int remindersSent() {
        return remindersSent;
    }

    public String disputeReason() {
        return disputeReason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Money amount() {
        return Money.ofPence(amountPence);
    }

    public Long paymentRequestId() {
        return paymentRequestId;
    }
}
