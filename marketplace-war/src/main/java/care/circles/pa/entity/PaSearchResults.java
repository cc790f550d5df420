package care.circles.pa.entity;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One page of PA search results, with how many of all the results have each facet value
 * (facet name → value counts, most common first).
 */
@JsonbPropertyOrder({"total", "items", "facets"})
public record PaSearchResults(long total, List<PaHit> items, Map<String, List<FacetCount>> facets) {

    /** distanceKm is null, and still present, when the search had no place. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "displayName", "town", "distanceKm", "skills", "hourlyRatePence", "languages", "gender",
            "employment", "hasCar", "hasPhoto", "checks"})
    public record PaHit(long id, String displayName, String town, Double distanceKm, List<String> skills,
                        long hourlyRatePence, List<String> languages, String gender, String employment, boolean hasCar,
                        boolean hasPhoto, List<CheckBadge> checks) {
    }

    /** A verified check shown as a badge: what, and when the council verified it. */
    @JsonbPropertyOrder({"type", "label", "verifiedOn", "expiresOn"})
    public record CheckBadge(String type, String label, String verifiedOn, String expiresOn) {
    }

    @JsonbPropertyOrder({"value", "label", "count"})
    public record FacetCount(String value, String label, long count) {
    }

    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
