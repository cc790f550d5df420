package care.circles.engagement.entity;

/** Where an agreement is: in force, ending after notice was given, or over. */
public enum AgreementStatus {
    ACTIVE("In force"),
    ENDING("Notice given: ending"),
    ENDED("Ended");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
