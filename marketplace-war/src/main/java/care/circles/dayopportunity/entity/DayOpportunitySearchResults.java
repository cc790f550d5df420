package care.circles.dayopportunity.entity;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One page of day opportunities found, with how many of all the results have each facet value
 * (category, day, price, free, facilities, kind, carers' breaks and, with a place, distance).
 */
@JsonbPropertyOrder({"total", "items", "facets"})
public record DayOpportunitySearchResults(long total, List<Hit> items, Map<String, List<Facet>> facets) {

    /** distanceKm is null, and still present, when the search had no place. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "kind", "name", "providerName", "town", "distanceKm", "category", "categoryLabel",
            "pricePence", "free", "funding", "facilities", "days", "carersBreaks", "whoItSuits", "minAge", "maxAge",
            "hubId", "hubName"})
    public record Hit(long id, String kind, String name, String providerName, String town, Double distanceKm,
                      String category, String categoryLabel, long pricePence, boolean free, List<String> funding,
                      List<String> facilities, List<String> days, boolean carersBreaks, String whoItSuits,
                      Integer minAge, Integer maxAge, Long hubId, String hubName) {
    }

    @JsonbPropertyOrder({"value", "label", "count"})
    public record Facet(String value, String label, long count) {
    }

    public List<Facet> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
