package care.circles.dayopportunity.entity;

/** A hub is a building (complex needs, carers' breaks, advice); a spoke is an activity in the community. */
public enum ListingKind {
    HUB("Hub", "hub"),
    SPOKE("Community activity", "activity");

    private final String label;
    private final String noun;

    ListingKind(String label, String noun) {
        this.label = label;
        this.noun = noun;
    }

    public String getLabel() {
        return label;
    }

    /** How a sentence names one: "the hub", "the activity". */
    public String getNoun() {
        return noun;
    }
}
