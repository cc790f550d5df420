package care.circles.taxonomy.entity;

/**
 * A support type as the rest of the application reads it: a value, safe to share and cache.
 *
 * @param careCategory which kind of care it is for the care account ({@link CareCategory#code()}),
 *                     or null when it is no kind of care (it says who a PA supports, not what they do)
 */
public record SupportKind(String code, String label, String hint, int position, boolean active, boolean needsVetting,
                          String careCategory) {

    /** A type that is no kind of care. */
    public SupportKind(String code, String label, String hint, int position, boolean active, boolean needsVetting) {
        this(code, label, hint, position, active, needsVetting, null);
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
}
