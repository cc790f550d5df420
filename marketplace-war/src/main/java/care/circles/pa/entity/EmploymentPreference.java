package care.circles.pa.entity;

/**
 * How a PA wants to work. A DP holder who employs a PA takes on an employer's duties (PAYE,
 * pension, insurance); a self-employed PA invoices and carries their own insurance.
 */
public enum EmploymentPreference {
    SELF_EMPLOYED("Self-employed", "I invoice for my work and have my own insurance"),
    EMPLOYED("Employed", "I want to be employed by the person I support"),
    EITHER("Either", "I am happy to be self-employed or employed");

    private final String label;
    private final String hint;

    EmploymentPreference(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }
}
