package care.circles.advert.entity;

public enum AdvertOrder {
    RELEVANCE("Best match"),
    DISTANCE("Nearest first"),
    NEWEST("Newest first");

    private final String label;

    AdvertOrder(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String getCode() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
