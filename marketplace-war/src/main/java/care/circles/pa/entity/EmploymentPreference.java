package care.circles.pa.entity;

/**
 * How a PA wants to work. A DP holder who employs a PA takes on an employer's duties (PAYE,
 * pension, insurance); a self-employed PA invoices and carries their own insurance.
 */
public enum EmploymentPreference {
    SELF_EMPLOYED("Self-employed", "I invoice for my work and have my own insurance",
            "Self-employed: invoices for their work and has their own insurance"),
    EMPLOYED("Employed", "I want to be employed by the person I support",
            "Wants to be employed by the person they support"),
    EITHER("Either", "I am happy to be self-employed or employed", "Happy to be self-employed or employed");

    private final String label;
    private final String hint;
    private final String asOthersSeeIt;

    EmploymentPreference(String label, String hint, String asOthersSeeIt) {
        this.label = label;
        this.hint = hint;
        this.asOthersSeeIt = asOthersSeeIt;
    }

    /** How the preference reads on the PA's public profile. */
    public String asOthersSeeIt() {
        return asOthersSeeIt;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }
}
