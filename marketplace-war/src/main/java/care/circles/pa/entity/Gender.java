package care.circles.pa.entity;

/** How a PA describes their gender. People often ask, for personal care especially; saying is optional. */
public enum Gender {
    WOMAN("Woman"),
    MAN("Man"),
    NON_BINARY("Non-binary"),
    NOT_SAID("Prefer not to say");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
