package care.circles.taxonomy.entity;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of support people look for, such as "Dementia" or "Getting out and about". */
@Entity
@Table(name = "support_type")
public class SupportType {

    public static final int MAX_LABEL = 80;
    public static final int MAX_HINT = 200;

    @Id
    private String code;

    @Column(nullable = false)
    private String label;

    private String hint;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "needs_vetting", nullable = false)
    private boolean needsVetting;

    @Column(name = "care_category")
    private String careCategory;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SupportType() {
    }

    public SupportType(String code, String label, String hint, int position, boolean needsVetting, Instant now) {
        this.code = code;
        this.position = position;
        this.active = true;
        describe(label, hint, needsVetting, now);
    }

    /** A code made from a label: "Stroke recovery" becomes STROKE_RECOVERY. */
    public static String codeFor(String label) {
        String code = label.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }

    public final void describe(String label, String hint, boolean needsVetting, Instant now) {
        this.label = label;
        this.hint = hint == null || hint.isBlank() ? null : hint.strip();
        this.needsVetting = needsVetting;
        this.updatedAt = now;
    }

    /** Which kind of care it is from now on ({@link CareCategory#code()}), or null for no kind of care. */
    public void classify(CareCategory category, Instant now) {
        this.careCategory = category == null ? null : category.code();
        this.updatedAt = now;
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    public void moveTo(int position, Instant now) {
        this.position = position;
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

    public boolean isNeedsVetting() {
        return needsVetting;
    }

    public String getCareCategory() {
        return careCategory;
    }

    /** An unchanging copy to hand out of the cache. */
    public SupportKind snapshot() {
        return new SupportKind(code, label, hint, position, active, needsVetting, careCategory);
    }
}
