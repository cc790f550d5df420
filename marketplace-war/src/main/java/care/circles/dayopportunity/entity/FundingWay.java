package care.circles.dayopportunity.entity;

/** A way a provider accepts for paying for a place. */
public enum FundingWay {
    DIRECT_PAYMENT("Direct payment"),
    ISF("Individual service fund (ISF)"),
    SELF_FUNDED("Paying yourself"),
    COUNCIL_COMMISSIONED("Paid for by the council");

    private final String label;

    FundingWay(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
