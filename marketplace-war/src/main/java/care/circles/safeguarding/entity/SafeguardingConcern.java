package care.circles.safeguarding.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reported safeguarding concern. Its history is in {@link SafeguardingAction}s; it is never deleted. */
@Entity
@Table(name = "safeguarding_concern")
public class SafeguardingConcern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "what_happened", nullable = false, updatable = false)
    private String whatHappened;

    @Column(name = "who_is_at_risk", nullable = false, updatable = false)
    private String whoIsAtRisk;

    @Column(nullable = false, updatable = false)
    private String place;

    @Column(name = "in_danger_now", nullable = false, updatable = false)
    private boolean inDangerNow;

    @Column(name = "reporter_name", updatable = false)
    private String reporterName;

    @Column(name = "reporter_contact", updatable = false)
    private String reporterContact;

    @Column(name = "reporter_account_id", updatable = false)
    private Long reporterAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConcernStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Version
    private long version;

    protected SafeguardingConcern() {
    }

    public SafeguardingConcern(String reference, ConcernReport report, Long reporterAccountId, Instant receivedAt) {
        this.reference = reference;
        this.whatHappened = report.whatHappened();
        this.whoIsAtRisk = report.whoIsAtRisk();
        this.place = report.place();
        this.inDangerNow = report.inDangerNow();
        this.reporterName = report.reporterName();
        this.reporterContact = report.reporterContact();
        this.reporterAccountId = reporterAccountId;
        this.status = ConcernStatus.NEW;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
    }

    /** @throws IllegalStateException when the move is not allowed from the current status */
    public void moveTo(ConcernStatus next, Instant at) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("A concern that is " + status.label().toLowerCase()
                    + " cannot be marked " + next.label().toLowerCase());
        }
        status = next;
        updatedAt = at;
    }

    public void emailed(Instant at) {
        emailedAt = at;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public String whoIsAtRisk() {
        return whoIsAtRisk;
    }

    public String place() {
        return place;
    }

    public boolean inDangerNow() {
        return inDangerNow;
    }

    public String reporterName() {
        return reporterName;
    }

    public String reporterContact() {
        return reporterContact;
    }

    public Long reporterAccountId() {
        return reporterAccountId;
    }

    public ConcernStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
