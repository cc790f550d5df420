package care.circles.dayopportunity.entity;

/** What the building or venue has, for people who need it to take part at all. */
public enum Facility {
    STEP_FREE_ACCESS("Step-free access"),
    CHANGING_PLACES_TOILET("Changing Places toilet"),
    HOIST("Hoist"),
    SENSORY_ROOM("Sensory room"),
    HEARING_LOOP("Hearing loop"),
    PARKING("Parking");

    private final String label;

    Facility(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
