package care.circles.pa.entity;

import java.util.List;
import java.util.Map;

import care.circles.review.entity.ReviewSummary;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One page of PA search results, with how many of all the results have each facet value
 * (facet name → value counts, most common first).
 */
@JsonbPropertyOrder({"total", "items", "facets"})
public record PaSearchResults(long total, List<PaHit> items, Map<String, List<FacetCount>> facets) {

    /**
     * distanceKm is null, and still present, when the search had no place; averageRating (1 to 5, one
     * decimal place) is null when no review of the PA is shown.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "displayName", "town", "distanceKm", "skills", "hourlyRatePence", "languages", "gender",
            "employment", "hasCar", "hasPhoto", "checks", "reviewCount", "averageRating"})
    public record PaHit(long id, String displayName, String town, Double distanceKm, List<String> skills,
                        long hourlyRatePence, List<String> languages, String gender, String employment, boolean hasCar,
                        boolean hasPhoto, List<CheckBadge> checks, long reviewCount, Double averageRating) {

        /** Like "4.5 out of 5 from 2 reviews", or "No reviews yet". */
        public String reviewsText() {
            return ReviewSummary.of(reviewCount, averageRating).description();
        }
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
