package care.circles.dayopportunity.entity;

public enum DayOpportunityOrder {
    RELEVANCE("Best match"),
    DISTANCE("Nearest to me first"),
    PRICE("Lowest price first");

    private final String label;

    DayOpportunityOrder(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
