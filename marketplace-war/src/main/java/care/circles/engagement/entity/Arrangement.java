package care.circles.engagement.entity;

/**
 * How the PA works for the person: self-employed under a service agreement, or employed by the
 * person, who then has an employer's duties.
 */
public enum Arrangement {
    SELF_EMPLOYED("Self-employed", "A service agreement",
            "The PA is self-employed: they invoice for their work, pay their own tax and National Insurance,"
                    + " and have their own public liability insurance."),
    EMPLOYED("Employed by you", "An employment summary",
            "You are the PA's employer. You have duties as an employer, listed below.");

    private final String label;
    private final String documentTitle;
    private final String explanation;

    Arrangement(String label, String documentTitle, String explanation) {
        this.label = label;
        this.documentTitle = documentTitle;
        this.explanation = explanation;
    }

    public String getLabel() {
        return label;
    }

    public String documentTitle() {
        return documentTitle;
    }

    public String explanation() {
        return explanation;
    }
}
