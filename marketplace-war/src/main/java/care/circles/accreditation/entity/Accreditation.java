package care.circles.accreditation.entity;

import java.time.Instant;
import java.time.LocalDate;

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
 * One application for one kind of accreditation, and the accreditation it became. Its status
 * moves only as {@link AccreditationStatus} allows; an accreditation past its expiry date counts
 * as lapsed at once ({@link #statusOn}), before the nightly sweep records it.
 */
@Entity
@Table(name = "accreditation")
@NamedQuery(name = Accreditation.OF_PROVIDER, query = "SELECT a FROM Accreditation a WHERE a.providerId = :provider"
        + " ORDER BY a.startedAt DESC, a.id DESC")
@NamedQuery(name = Accreditation.GRANTED, query = "SELECT a FROM Accreditation a WHERE a.status IN"
        + " (care.circles.accreditation.entity.AccreditationStatus.ACCREDITED,"
        + " care.circles.accreditation.entity.AccreditationStatus.SUSPENDED) ORDER BY a.providerId, a.id")
@NamedQuery(name = Accreditation.QUEUE, query = "SELECT a, o.name FROM Accreditation a, Organisation o"
        + " WHERE o.id = a.providerId AND a.status IN :statuses AND (:kind IS NULL OR a.kind = :kind)"
        + " ORDER BY a.submittedAt, a.id")
@NamedQuery(name = Accreditation.QUEUE_COUNT, query = "SELECT COUNT(a) FROM Accreditation a"
        + " WHERE a.status IN :statuses AND (:kind IS NULL OR a.kind = :kind)")
@NamedQuery(name = Accreditation.EXPIRED_BEFORE, query = "SELECT a FROM Accreditation a WHERE a.status IN"
        + " (care.circles.accreditation.entity.AccreditationStatus.ACCREDITED,"
        + " care.circles.accreditation.entity.AccreditationStatus.SUSPENDED) AND a.expiresOn < :today ORDER BY a.id")
@NamedQuery(name = Accreditation.EXPIRING, query = "SELECT a, o.name FROM Accreditation a, Organisation o"
        + " WHERE o.id = a.providerId AND a.status = care.circles.accreditation.entity.AccreditationStatus.ACCREDITED"
        + " AND a.expiresOn >= :from AND a.expiresOn <= :to ORDER BY a.expiresOn, a.id")
public class Accreditation {

    public static final String OF_PROVIDER = "Accreditation.ofProvider";
    public static final String GRANTED = "Accreditation.granted";
    public static final String QUEUE = "Accreditation.queue";
    public static final String QUEUE_COUNT = "Accreditation.queueCount";
    public static final String EXPIRED_BEFORE = "Accreditation.expiredBefore";
    public static final String EXPIRING = "Accreditation.expiring";

    /** Renewal opens this many days before the expiry date. */
    public static final int RENEWAL_OPENS_DAYS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "accreditation_kind", nullable = false, updatable = false)
    private AccreditationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccreditationStatus status;

    @Column(name = "renews_id", updatable = false)
    private Long renewsId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    private long startedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    private String conditions;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Accreditation() {
    }

    public Accreditation(long providerId, AccreditationKind kind, Long renewsId, long startedBy, Instant now) {
        this.providerId = providerId;
        this.kind = kind;
        this.renewsId = renewsId;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.status = AccreditationStatus.DRAFT;
    }

    private void move(AccreditationStatus target) {
        status.requireMoveTo(target);
        status = target;
    }

    public void submit(Instant now) {
        move(AccreditationStatus.SUBMITTED);
        submittedAt = now;
    }

    public void requestInformation() {
        move(AccreditationStatus.INFO_REQUESTED);
    }

    public void accredit(long councilAccountId, LocalDate from, LocalDate until, Conditions given, Instant now) {
        if (until == null || from == null || !until.isAfter(from)) {
            throw new AccreditationRefused("The expiry date must be after the date the accreditation starts.");
        }
        move(AccreditationStatus.ACCREDITED);
        decidedBy = councilAccountId;
        decidedAt = now;
        validFrom = from;
        expiresOn = until;
        conditions = given.text();
    }

    public void refuse(long councilAccountId, Reason reason, Instant now) {
        move(AccreditationStatus.REFUSED);
        decidedBy = councilAccountId;
        decidedAt = now;
        decisionReason = reason.text();
        endedAt = now;
    }

    public void suspend(Reason reason) {
        move(AccreditationStatus.SUSPENDED);
        decisionReason = reason.text();
    }

    public void reinstate() {
        move(AccreditationStatus.ACCREDITED);
        decisionReason = null;
    }

    public void withdraw(Reason reason, Instant now) {
        move(AccreditationStatus.WITHDRAWN);
        decisionReason = reason.text();
        endedAt = now;
    }

    /** Records that the expiry date has passed; refused while it is still in date. */
    public void lapse(LocalDate today, Instant now) {
        if (!isPastExpiryOn(today)) {
            throw new AccreditationRefused("This accreditation runs until " + expiresOn + ", so it has not lapsed.");
        }
        move(AccreditationStatus.LAPSED);
        endedAt = now;
    }

    public void supersede(Instant now) {
        move(AccreditationStatus.SUPERSEDED);
        endedAt = now;
    }

    public void cancel(Instant now) {
        move(AccreditationStatus.CANCELLED);
        endedAt = now;
    }

    /** The status on this date: an accreditation past its expiry date counts as lapsed. */
    public AccreditationStatus statusOn(LocalDate today) {
        return status.isGranted() && isPastExpiryOn(today) ? AccreditationStatus.LAPSED : status;
    }

    /** Accredited, not suspended, and in date: what search and the public page show. */
    public boolean isActiveOn(LocalDate today) {
        return statusOn(today) == AccreditationStatus.ACCREDITED;
    }

    /** Whether the organisation may apply to renew it now: from 60 days before expiry. */
    public boolean isRenewableOn(LocalDate today) {
        return statusOn(today).isGranted() && !today.isBefore(expiresOn.minusDays(RENEWAL_OPENS_DAYS));
    }

    private boolean isPastExpiryOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public ActiveAccreditation active() {
        return new ActiveAccreditation(id, kind, validFrom, expiresOn, Conditions.stored(conditions).lines());
    }

    public Long id() {
        return id;
    }

    public long providerId() {
        return providerId;
    }

    public AccreditationKind kind() {
        return kind;
    }

    public AccreditationStatus status() {
        return status;
    }

    public Long renewsId() {
        return renewsId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    /** Why it was refused, suspended or withdrawn. */
    public String decisionReason() {
        return decisionReason;
    }

    public Conditions conditions() {
        return Conditions.stored(conditions);
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }
}
