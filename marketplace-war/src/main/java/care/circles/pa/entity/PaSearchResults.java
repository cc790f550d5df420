package care.circles.pa.entity;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One page of PA search results. */
@JsonbPropertyOrder({"total", "items"})
public record PaSearchResults(long total, List<PaHit> items) {

    /** distanceKm is null, and still present, when the search had no place. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "displayName", "town", "distanceKm", "skills", "hourlyRatePence"})
    public record PaHit(long id, String displayName, String town, Double distanceKm, List<String> skills,
                        long hourlyRatePence) {
    }
}
