package care.circles.taxonomy.entity;

/** A support type as the rest of the application reads it: a value, safe to share and cache. */
public record SupportKind(String code, String label, String hint, int position, boolean active, boolean needsVetting) {

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
