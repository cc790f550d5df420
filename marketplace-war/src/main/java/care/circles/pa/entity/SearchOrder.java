package care.circles.pa.entity;

public enum SearchOrder {
    RELEVANCE("Best match"),
    DISTANCE("Nearest first"),
    RATE("Lowest hourly rate first");

    private final String label;

    SearchOrder(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
