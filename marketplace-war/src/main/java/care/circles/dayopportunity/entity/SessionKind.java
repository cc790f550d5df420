package care.circles.dayopportunity.entity;

/** An ordinary session, or a short break that a carer books for the person they care for (hubs only). */
public enum SessionKind {
    ACTIVITY("Activity session"),
    CARERS_BREAK("Carers' short break");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
