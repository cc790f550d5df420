package care.circles.visit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A DP holder's call for cover for one cancelled visit, sent to some PAs. It is filled by the
 * first of them to accept: the database decides who is first (see {@code Cover#accept}).
 */
@Entity
@Table(name = "cover_request")
public class CoverRequest {

    public enum Status { OPEN, FILLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "dp_holder_account_id", nullable = false, updatable = false)
    private long dpHolderAccountId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "filled_by")
    private Long filledBy;

    @Column(name = "filled_at")
    private Instant filledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CoverRequest() {
    }

    public CoverRequest(long visitId, long dpHolderAccountId, Instant now) {
        this.visitId = visitId;
        this.dpHolderAccountId = dpHolderAccountId;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long visitId() {
        return visitId;
    }

    public long dpHolderAccountId() {
        return dpHolderAccountId;
    }

    public Status status() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Long filledBy() {
        return filledBy;
    }

    public Instant filledAt() {
        return filledAt;
    }
}
