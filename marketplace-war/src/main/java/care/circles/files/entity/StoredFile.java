package care.circles.files.entity;

import java.time.Instant;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What we know about one private file; its bytes are on disk under {@link #storageName()}. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "storage_name", nullable = false, updatable = false)
    private String storageName;

    @Column(name = "owner_account_id", nullable = false, updatable = false)
    private long ownerAccountId;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    public StoredFile(String storageName, long ownerAccountId, OriginalName originalName, FileKind kind,
                      long sizeBytes, String sha256, Instant uploadedAt) {
        this.storageName = storageName;
        this.ownerAccountId = ownerAccountId;
        this.originalName = originalName.value();
        this.contentType = kind.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    /** Private files are for the person who uploaded them and for council staff, nobody else. */
    public boolean mayBeReadBy(Account reader) {
        return reader != null && (reader.role() == Role.COUNCIL || reader.id() == ownerAccountId);
    }

    public Long id() {
        return id;
    }

    public String storageName() {
        return storageName;
    }

    public long ownerAccountId() {
        return ownerAccountId;
    }

    public OriginalName originalName() {
        return new OriginalName(originalName);
    }

    public FileKind kind() {
        return FileKind.ofContentType(contentType)
                .orElseThrow(() -> new IllegalStateException("Stored file " + id + " has unknown type " + contentType));
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** Size as people read it, like "240 KB" or "1.4 MB". */
    public String sizeText() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
