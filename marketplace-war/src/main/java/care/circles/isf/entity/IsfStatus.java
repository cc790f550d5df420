package care.circles.isf.entity;

/** Whether an ISF is in use: one a broker proposes waits for the council to confirm it. */
public enum IsfStatus {
    PENDING("Waiting for the council to confirm"),
    ACTIVE("In use"),
    DECLINED("Not confirmed by the council");

    private final String label;

    IsfStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
