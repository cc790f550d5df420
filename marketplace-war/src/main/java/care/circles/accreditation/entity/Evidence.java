package care.circles.accreditation.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A file sent for one requirement of one application; a newer one for the same requirement replaces it. */
@Entity
@Table(name = "accreditation_evidence")
@NamedQuery(name = Evidence.CURRENT_OF_APPLICATION, query = "SELECT e FROM Evidence e"
        + " WHERE e.accreditationId = :id AND e.replacedAt IS NULL ORDER BY e.requirementId")
@NamedQuery(name = Evidence.BY_FILE, query = "SELECT e FROM Evidence e WHERE e.fileId = :file")
public class Evidence {

    public static final String CURRENT_OF_APPLICATION = "Evidence.currentOfApplication";
    public static final String BY_FILE = "Evidence.byFile";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accreditation_id", nullable = false, updatable = false)
    private long accreditationId;

    @Column(name = "requirement_id", nullable = false, updatable = false)
    private long requirementId;

    @Column(name = "file_id", nullable = false, updatable = false)
    private long fileId;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected Evidence() {
    }

    public Evidence(long accreditationId, long requirementId, long fileId, LocalDate expiresOn, long uploadedBy,
                    Instant now) {
        this.accreditationId = accreditationId;
        this.requirementId = requirementId;
        this.fileId = fileId;
        this.expiresOn = expiresOn;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public void replace(Instant now) {
        replacedAt = now;
    }

    public Long id() {
        return id;
    }

    public long accreditationId() {
        return accreditationId;
    }

    public long requirementId() {
        return requirementId;
    }

    public long fileId() {
        return fileId;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    /** An expiry date before the given day means the evidence no longer counts. */
    public boolean isExpiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }
}
