package care.circles.provider.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of day opportunity organisations offer, like "Gardening and outdoors". The council keeps the list. */
@Entity
@Table(name = "provider_activity_type")
public class ActivityType {

    public static final int MAX_LABEL = 80;

    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    private String hint;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ActivityType() {
    }

    public ActivityType(String code, String label, String hint, int position, Instant now) {
        this.code = code;
        this.label = label;
        this.hint = hint;
        this.position = position;
        this.active = true;
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
