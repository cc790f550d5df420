package care.circles.dayopportunity.entity;

/** Price ranges people filter by, in pence per session (free places are a filter of their own). */
public enum PriceBand {
    UP_TO_5("Up to £5", 1, 500),
    FROM_5_TO_10("£5 to £10", 501, 1000),
    OVER_10("More than £10", 1001, null);

    private final String label;
    private final int fromPence;
    private final Integer toPence;

    PriceBand(String label, int fromPence, Integer toPence) {
        this.label = label;
        this.fromPence = fromPence;
        this.toPence = toPence;
    }

    public String getLabel() {
        return label;
    }

    public int fromPence() {
        return fromPence;
    }

    /** Inclusive; null means no upper limit. */
    public Integer toPence() {
        return toPence;
    }
}
