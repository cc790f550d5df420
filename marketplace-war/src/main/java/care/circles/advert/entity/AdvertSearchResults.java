package care.circles.advert.entity;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One page of job advert search results. */
@JsonbPropertyOrder({"total", "items"})
public record AdvertSearchResults(long total, List<AdvertHit> items) {

    /** distanceKm is null, and still present, when the search had no place. Dates are ISO 8601. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "title", "town", "distanceKm", "skills", "times", "hoursPerWeek", "startDate",
            "hourlyRatePence", "publishedAt", "closesAt"})
    public record AdvertHit(long id, String title, String town, Double distanceKm, List<String> skills,
                            List<String> times, double hoursPerWeek, String startDate, long hourlyRatePence,
                            String publishedAt, String closesAt) {
    }
}
