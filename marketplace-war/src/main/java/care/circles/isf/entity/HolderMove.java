package care.circles.isf.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Council staff moved an ISF from one holder to another, and why. Never changed once written. */
@Entity
@Table(name = "isf_holder_move")
@NamedQuery(name = HolderMove.OF_ISF, query = "SELECT m FROM HolderMove m WHERE m.isfId = :isf ORDER BY m.movedAt, m.id")
public class HolderMove {

    public static final String OF_ISF = "HolderMove.ofIsf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "isf_id", nullable = false, updatable = false)
    private long isfId;

    @Column(name = "from_provider_id", nullable = false, updatable = false)
    private long fromProviderId;

    @Column(name = "to_provider_id", nullable = false, updatable = false)
    private long toProviderId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "moved_by", nullable = false, updatable = false)
    private long movedBy;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    protected HolderMove() {
    }

    public HolderMove(long isfId, long fromProviderId, HolderChange change, long movedBy, Instant movedAt) {
        this.isfId = isfId;
        this.fromProviderId = fromProviderId;
        this.toProviderId = change.newHolderId();
        this.reason = change.reason();
        this.movedBy = movedBy;
        this.movedAt = movedAt;
    }

    public Long id() {
        return id;
    }

    public long isfId() {
        return isfId;
    }

    public long fromProviderId() {
        return fromProviderId;
    }

    public long toProviderId() {
        return toProviderId;
    }

    public String reason() {
        return reason;
    }

    public long movedBy() {
        return movedBy;
    }

    public Instant movedAt() {
        return movedAt;
    }
}
