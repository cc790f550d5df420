package care.circles.visit.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.StatedReason;
import care.circles.engagement.entity.VisitTime;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
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
 * One dated visit of a PA to a DP holder, made from an agreement. Either of the two may cancel
 * it before it starts, with a reason; inside the short-notice window that is marked, and a PA's
 * short-notice cancellation lets the DP holder look for cover.
 */
@Entity
@Table(name = "visit")
@NamedQuery(name = Visit.BETWEEN, query = "SELECT v FROM Visit v WHERE (v.dpHolderAccountId = :account"
        + " OR v.paAccountId = :account) AND v.startsAt >= :from AND v.startsAt < :until ORDER BY v.startsAt, v.id")
@NamedQuery(name = Visit.PLANNED_FROM, query = "SELECT v FROM Visit v WHERE v.agreementId = :agreement"
        + " AND v.status = care.circles.visit.entity.VisitStatus.PLANNED AND v.startsAt >= :from ORDER BY v.startsAt")
@NamedQuery(name = Visit.TO_CLAIM, query = "SELECT v FROM Visit v WHERE v.agreementId = :agreement"
        + " AND v.status = care.circles.visit.entity.VisitStatus.PLANNED AND v.endsAt <= :now ORDER BY v.startsAt")
@NamedQuery(name = Visit.OF_AGREEMENT, query = "SELECT v FROM Visit v WHERE v.agreementId = :agreement"
        + " AND v.startsAt >= :from AND v.startsAt < :until ORDER BY v.startsAt")
public class Visit {

    public static final String BETWEEN = "Visit.between";
    public static final String PLANNED_FROM = "Visit.plannedFrom";
    public static final String TO_CLAIM = "Visit.toClaim";
    public static final String OF_AGREEMENT = "Visit.ofAgreement";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "dp_holder_account_id", nullable = false, updatable = false)
    private long dpHolderAccountId;

    @Column(name = "pa_account_id", nullable = false, updatable = false)
    private long paAccountId;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VisitStatus status;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "short_notice", nullable = false)
    private boolean shortNotice;

    @Column(name = "covers_visit_id", updatable = false)
    private Long coversVisitId;

    @Version
    private long version;

    protected Visit() {
    }

    public Visit(long agreementId, long dpHolderAccountId, long paAccountId, Instant startsAt, Instant endsAt,
                 Long coversVisitId) {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A visit ends after it starts");
        }
        this.agreementId = agreementId;
        this.dpHolderAccountId = dpHolderAccountId;
        this.paAccountId = paAccountId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.coversVisitId = coversVisitId;
        this.status = VisitStatus.PLANNED;
    }

    /**
     * @param shortNotice cancelling less than this long before the start is short notice
     * @throws ChangeRefused when the visit is not planned any more, or has started
     */
    public void cancel(long byAccountId, StatedReason reason, Instant now, Duration shortNotice) {
        requireCanBecome(VisitStatus.CANCELLED);
        if (!now.isBefore(startsAt)) {
            throw new ChangeRefused("You cannot cancel this visit because it has started or is over.");
        }
        status = VisitStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = byAccountId;
        cancelReason = reason.text();
        this.shortNotice = Duration.between(now, startsAt).compareTo(shortNotice) < 0;
    }

    /** Put on a timesheet: only once it is over. */
    public void claim(Instant now) {
        requireCanBecome(VisitStatus.CLAIMED);
        if (now.isBefore(endsAt)) {
            throw new ChangeRefused("You cannot put this visit on a timesheet until it is over.");
        }
        status = VisitStatus.CLAIMED;
    }

    public void confirm() {
        requireCanBecome(VisitStatus.CONFIRMED);
        status = VisitStatus.CONFIRMED;
    }

    private void requireCanBecome(VisitStatus next) {
        if (!status.canBecome(next)) {
            throw new ChangeRefused(status.refusal(next));
        }
    }

    /** The PA cancelled it at short notice: the DP holder may look for cover. */
    public boolean needsCover() {
        return status == VisitStatus.CANCELLED && shortNotice && cancelledBy != null && cancelledBy == paAccountId;
    }

    public boolean involves(long accountId) {
        return dpHolderAccountId == accountId || paAccountId == accountId;
    }

    /** The visit as a weekly time (its day and local clock times), for a one-off agreement. */
    public VisitTime asVisitTime() {
        ZonedDateTime start = startsAt.atZone(Platform.UK);
        return new VisitTime(start.getDayOfWeek(), start.toLocalTime(), endsAt.atZone(Platform.UK).toLocalTime());
    }

    public LocalDate day() {
        return startsAt.atZone(Platform.UK).toLocalDate();
    }

    /** "Tuesday 3 March 2026, 9:00am to 11:00am". */
    public String spoken() {
        ZonedDateTime start = startsAt.atZone(Platform.UK);
        return start.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + SpokenDate.of(start.toLocalDate()) + ", " + VisitTime.clock(start.toLocalTime()) + " to "
                + VisitTime.clock(endsAt.atZone(Platform.UK).toLocalTime());
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
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

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public VisitStatus status() {
        return status;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Long cancelledBy() {
        return cancelledBy;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public boolean isShortNotice() {
        return shortNotice;
    }

    public Long coversVisitId() {
        return coversVisitId;
    }
}
