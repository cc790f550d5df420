package care.circles.provider.entity;

import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One page of organisation search results. */
@JsonbPropertyOrder({"total", "items"})
public record ProviderSearchResults(long total, List<ProviderHit> items) {

    /**
     * distanceKm is null, and still present, when the search had no place. Accreditations are
     * those in force today, each with its dates (ISO 8601) and any conditions.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "name", "type", "town", "distanceKm", "areas", "supports", "activities",
            "accreditations"})
    public record ProviderHit(long id, String name, String type, String town, Double distanceKm, List<String> areas,
                              List<String> supports, List<String> activities, List<AccreditationHit> accreditations) {
    }

    @JsonbPropertyOrder({"kind", "label", "validFrom", "expiresOn", "conditions"})
    public record AccreditationHit(String kind, String label, String validFrom, String expiresOn,
                                   List<String> conditions) {
    }
}
