package care.circles.dayopportunity.entity;

/** Needs the staff are trained and equipped to support. */
public enum SupportedNeed {
    LEARNING_DISABILITY("Learning disabilities"),
    AUTISM("Autism"),
    DEMENTIA("Dementia"),
    PHYSICAL_DISABILITY("Physical disabilities"),
    SENSORY_IMPAIRMENT("Sight or hearing loss"),
    MENTAL_HEALTH("Mental health"),
    COMPLEX_NEEDS("Complex needs, including nursing care"),
    OLDER_PEOPLE("Older people");

    private final String label;

    SupportedNeed(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
