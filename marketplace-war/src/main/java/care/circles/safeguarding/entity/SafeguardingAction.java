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

/** One step safeguarding staff took on a concern: the status it moved to and why. Never changed. */
@Entity
@Table(name = "safeguarding_action")
public class SafeguardingAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concern_id", nullable = false, updatable = false)
    private long concernId;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConcernStatus status;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected SafeguardingAction() {
    }

    public SafeguardingAction(long concernId, long actorId, ConcernStatus status, String note, Instant occurredAt) {
        this.concernId = concernId;
        this.actorId = actorId;
        this.status = status;
        this.note = note;
        this.occurredAt = occurredAt;
    }

    public long actorId() {
        return actorId;
    }

    public ConcernStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
