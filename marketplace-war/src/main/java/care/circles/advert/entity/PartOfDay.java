package care.circles.advert.entity;

/** The parts of a day a person can tick when they say when they need support. */
public enum PartOfDay {
    MORNING("Morning"),
    AFTERNOON("Afternoon"),
    EVENING("Evening"),
    NIGHT("Night");

    private final String label;

    PartOfDay(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
