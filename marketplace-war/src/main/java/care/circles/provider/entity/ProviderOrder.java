package care.circles.provider.entity;

import java.util.Locale;

/** How provider search results are ordered. */
public enum ProviderOrder {
    RELEVANCE("Best match"),
    DISTANCE("Nearest first"),
    NAME("By name, A to Z");

    private final String label;

    ProviderOrder(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String getCode() {
        return name().toLowerCase(Locale.ROOT);
    }
}
