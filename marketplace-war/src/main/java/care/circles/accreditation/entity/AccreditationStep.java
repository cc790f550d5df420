package care.circles.accreditation.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One step of an application's history: who did what, when, and what they said. */
@Entity
@Table(name = "accreditation_step")
@NamedQuery(name = AccreditationStep.OF_APPLICATION, query = "SELECT s FROM AccreditationStep s"
        + " WHERE s.accreditationId = :id ORDER BY s.occurredAt, s.id")
public class AccreditationStep {

    public static final String OF_APPLICATION = "AccreditationStep.ofApplication";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accreditation_id", nullable = false, updatable = false)
    private long accreditationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StepKind step;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(updatable = false)
    private String message;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AccreditationStep() {
    }

    public AccreditationStep(long accreditationId, StepKind step, Long actorAccountId, String message, Instant now) {
        this.accreditationId = accreditationId;
        this.step = step;
        this.actorAccountId = actorAccountId;
        this.message = message;
        this.occurredAt = now;
    }

    public StepKind step() {
        return step;
    }

    public Long actorAccountId() {
        return actorAccountId;
    }

    public String message() {
        return message;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
