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

/** One piece of evidence the council asks for before giving a kind of accreditation. */
@Entity
@Table(name = "accreditation_requirement")
@NamedQuery(name = Requirement.OF_KIND, query = "SELECT r FROM Requirement r WHERE r.kind = :kind"
        + " ORDER BY r.active DESC, r.position, r.id")
public class Requirement {

    public static final String OF_KIND = "Requirement.ofKind";
    public static final int MAX_LABEL = 120;
    public static final int MAX_HINT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "accreditation_kind", nullable = false, updatable = false)
    private AccreditationKind kind;

    @Column(nullable = false)
    private String label;

    private String hint;

    @Column(name = "needs_expiry_date", nullable = false)
    private boolean needsExpiryDate;

    @Column(name = "only_if_regulated", nullable = false)
    private boolean onlyIfRegulated;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Requirement() {
    }

    public Requirement(AccreditationKind kind, String label, String hint, boolean needsExpiryDate,
                       boolean onlyIfRegulated, int position, Instant now) {
        this.kind = kind;
        this.position = position;
        this.active = true;
        describe(label, hint, needsExpiryDate, onlyIfRegulated, now);
    }

    public final void describe(String label, String hint, boolean needsExpiryDate, boolean onlyIfRegulated, Instant now) {
        this.label = label;
        this.hint = hint == null || hint.isBlank() ? null : hint.strip();
        this.needsExpiryDate = needsExpiryDate;
        this.onlyIfRegulated = onlyIfRegulated;
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    /** Whether an organisation must send this: active, and about regulated care only if it gives it. */
    public boolean appliesTo(boolean regulatedPersonalCare) {
        return active && (!onlyIfRegulated || regulatedPersonalCare);
    }

    public Long getId() {
        return id;
    }

    public AccreditationKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }

    public boolean isNeedsExpiryDate() {
        return needsExpiryDate;
    }

    public boolean isOnlyIfRegulated() {
        return onlyIfRegulated;
    }

    public boolean isActive() {
        return active;
    }
}
