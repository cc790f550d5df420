package care.circles.vetting.entity;

import care.circles.platform.SpokenDate;
import java.time.Instant;
import java.time.LocalDate;

import care.circles.platform.InvalidInputException;
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
 * One check a PA sent to the council, with the council's decision. Its status moves only as
 * {@link CheckStatus} allows; an expiry date that has passed makes a verified check count as
 * expired at once ({@link #statusOn}), before the nightly sweep records it.
 */
@Entity
@Table(name = "vetting_check")
@NamedQuery(name = VettingCheck.OF_PA,
        query = "SELECT c FROM VettingCheck c WHERE c.paAccountId = :paAccountId ORDER BY c.submittedAt DESC, c.id DESC")
@NamedQuery(name = VettingCheck.WAITING,
        query = "SELECT c, a.email FROM VettingCheck c, Account a WHERE a.id = c.paAccountId"
                + " AND c.status = care.circles.vetting.entity.CheckStatus.SUBMITTED"
                + " AND (:type IS NULL OR c.type = :type) ORDER BY c.submittedAt, c.id")
@NamedQuery(name = VettingCheck.WAITING_COUNT,
        query = "SELECT COUNT(c) FROM VettingCheck c WHERE c.status = care.circles.vetting.entity.CheckStatus.SUBMITTED"
                + " AND (:type IS NULL OR c.type = :type)")
@NamedQuery(name = VettingCheck.EXPIRING,
        query = "SELECT c, a.email FROM VettingCheck c, Account a WHERE a.id = c.paAccountId"
                + " AND c.status = care.circles.vetting.entity.CheckStatus.VERIFIED"
                + " AND c.expiresOn >= :from AND c.expiresOn <= :to ORDER BY c.expiresOn, c.id")
@NamedQuery(name = VettingCheck.EXPIRING_COUNT,
        query = "SELECT COUNT(c) FROM VettingCheck c WHERE c.status = care.circles.vetting.entity.CheckStatus.VERIFIED"
                + " AND c.expiresOn >= :from AND c.expiresOn <= :to")
@NamedQuery(name = VettingCheck.VERIFIED_EXPIRED_BEFORE,
        query = "SELECT c FROM VettingCheck c WHERE c.status = care.circles.vetting.entity.CheckStatus.VERIFIED"
                + " AND c.expiresOn < :today ORDER BY c.expiresOn, c.id")
public class VettingCheck {

    public static final String OF_PA = "VettingCheck.ofPa";
    public static final String WAITING = "VettingCheck.waiting";
    public static final String WAITING_COUNT = "VettingCheck.waitingCount";
    public static final String EXPIRING = "VettingCheck.expiring";
    public static final String EXPIRING_COUNT = "VettingCheck.expiringCount";
    public static final String VERIFIED_EXPIRED_BEFORE = "VettingCheck.verifiedExpiredBefore";

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pa_account_id", nullable = false, updatable = false)
    private long paAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_type", nullable = false, updatable = false)
    private CheckType type;

    @Column(name = "slot_number", nullable = false, updatable = false)
    private int slotNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CheckStatus status;

    @Column(name = "evidence_file_id", nullable = false, updatable = false)
    private long evidenceFileId;

    @Column(name = "document_kind", updatable = false)
    private String documentKind;

    @Column(name = "reference_number", updatable = false)
    private String referenceNumber;

    @Column(name = "issued_on", updatable = false)
    private LocalDate issuedOn;

    @Column(name = "update_service", updatable = false)
    private Boolean updateService;

    @Column(name = "provider_name", updatable = false)
    private String provider;

    @Column(name = "referee_name", updatable = false)
    private String refereeName;

    @Column(name = "referee_relationship", updatable = false)
    private String refereeRelationship;

    @Column(name = "completed_on", updatable = false)
    private LocalDate completedOn;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Version
    private long version;

    protected VettingCheck() {
    }

    public VettingCheck(long paAccountId, CheckDetails details, long evidenceFileId, Instant now) {
        this.paAccountId = paAccountId;
        this.type = details.slot().type();
        this.slotNumber = details.slot().number();
        this.status = CheckStatus.SUBMITTED;
        this.evidenceFileId = evidenceFileId;
        this.documentKind = details.documentKind();
        this.referenceNumber = details.referenceNumber();
        this.issuedOn = details.issuedOn();
        this.updateService = details.updateService();
        this.provider = details.provider();
        this.refereeName = details.refereeName();
        this.refereeRelationship = details.refereeRelationship();
        this.completedOn = details.completedOn();
        this.expiresOn = details.expiresOn();
        this.submittedAt = now;
    }

    /** The council confirms the check; a note for the record is optional. */
    public void verify(long councilAccountId, String note, Instant now) {
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "The note must be " + MAX_NOTE + " characters or fewer");
        }
        decide(CheckStatus.VERIFIED, councilAccountId, kept, now);
    }

    /** The council does not accept the check; the PA is shown the reason, so it must be given. */
    public void reject(long councilAccountId, String reason, Instant now) {
        String kept = reason == null ? "" : reason.strip();
        if (kept.isEmpty()) {
            throw new InvalidInputException("reason", "Enter the reason you cannot accept this check. The PA will see it, "
                    + "so say what they need to send instead");
        }
        if (kept.length() > MAX_NOTE) {
            throw new InvalidInputException("reason", "The reason must be " + MAX_NOTE + " characters or fewer");
        }
        decide(CheckStatus.REJECTED, councilAccountId, kept, now);
    }

    private void decide(CheckStatus decision, long councilAccountId, String note, Instant now) {
        status.requireMoveTo(decision);
        status = decision;
        decidedBy = councilAccountId;
        decidedAt = now;
        decisionNote = note;
    }

    /** A newer submission of the same check takes this one's place. */
    public void supersede(long newerCheckId, Instant now) {
        status.requireMoveTo(CheckStatus.SUPERSEDED);
        status = CheckStatus.SUPERSEDED;
        supersededBy = newerCheckId;
        endedAt = now;
    }

    /** Records that the expiry date has passed; only a verified check whose date has passed expires. */
    public void expire(LocalDate today, Instant now) {
        if (status == CheckStatus.VERIFIED && !isPastExpiryOn(today)) {
            throw new TransitionRefused("This check runs until " + SpokenDate.of(expiresOn) + ", so it has not expired yet.");
        }
        status.requireMoveTo(CheckStatus.EXPIRED);
        status = CheckStatus.EXPIRED;
        endedAt = now;
    }

    /** The status as it stands on this date: a verified check past its expiry date counts as expired. */
    public CheckStatus statusOn(LocalDate today) {
        return status == CheckStatus.VERIFIED && isPastExpiryOn(today) ? CheckStatus.EXPIRED : status;
    }

    public boolean isVerifiedOn(LocalDate today) {
        return statusOn(today) == CheckStatus.VERIFIED;
    }

    /** Verified, and its expiry date falls within the given number of days. */
    public boolean isExpiringWithin(int days, LocalDate today) {
        return isVerifiedOn(today) && expiresOn != null && !expiresOn.isAfter(today.plusDays(days));
    }

    private boolean isPastExpiryOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public CheckDetails details() {
        return new CheckDetails(slot(), documentKind, referenceNumber, issuedOn, updateService, provider, refereeName,
                refereeRelationship, completedOn, expiresOn);
    }

    public Long id() {
        return id;
    }

    public long paAccountId() {
        return paAccountId;
    }

    public CheckType type() {
        return type;
    }

    public CheckSlot slot() {
        return new CheckSlot(type, slotNumber);
    }

    public CheckStatus status() {
        return status;
    }

    public long evidenceFileId() {
        return evidenceFileId;
    }

    public LocalDate expiresOn() {
        return expiresOn;
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

    /** The council's note when verifying, or its reason when rejecting. */
    public String decisionNote() {
        return decisionNote;
    }

    public Long supersededBy() {
        return supersededBy;
    }
}
