package care.circles.pa.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import care.circles.pa.entity.EmploymentPreference;
import care.circles.pa.entity.PaFilters;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.place.entity.Place;

/**
 * The Elasticsearch {@code _search} body for a PA search, written as JSON directly: words
 * (stemmed, typo-tolerant, all of them), a name or skill match ranking higher, distance from a
 * place, the filters, the order, one page, the total, and the counts of each filter value.
 */
final class PaSearchQuery {

    private static final JsonFactory JSON = new JsonFactory();

    /** Facets whose indexed field is not named like the facet. */
    private static final Map<String, String> FIELDS = Map.of("checks", "checks.type");

    /** The fields of a listing that a result shows: the words about the PA are searched, never shown. */
    static final List<String> SHOWN_FIELDS = List.of("id", "displayName", "town", "location", "skills",
            "hourlyRatePence", "languages", "gender", "employment", "hasCar", "hasPhoto", "checks", "reviewCount",
            "averageRating");

    /** The facet counting PAs with a car, beside the term facets. */
    static final String WITH_CAR = "withCar";

    private PaSearchQuery() {
    }

    /** @param facets the term facets to count, each named for its facet */
    static byte[] body(PaSearchCriteria criteria, Set<String> facets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("_source");
            json.writeArrayFieldStart("includes");
            for (String field : SHOWN_FIELDS) {
                json.writeString(field);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("query");
            json.writeObjectFieldStart("bool");
            if (criteria.hasWords()) {
                json.writeArrayFieldStart("must");
                json.writeStartObject();
                json.writeObjectFieldStart("match");
                json.writeObjectFieldStart("everything");
                json.writeStringField("query", criteria.words());
                json.writeStringField("operator", "and");
                json.writeStringField("fuzziness", "AUTO");
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeArrayFieldStart("should");
                boostedMatch(json, "displayName", criteria.words(), 3);
                boostedMatch(json, "skillLabels", criteria.words(), 2);
                json.writeEndArray();
            }
            json.writeArrayFieldStart("filter");
            filters(json, criteria);
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("sort");
            sort(json, criteria);
            json.writeEndArray();
            json.writeNumberField("from", criteria.offset());
            json.writeNumberField("size", criteria.size());
            json.writeBooleanField("track_total_hits", true);
            json.writeObjectFieldStart("aggregations");
            for (String facet : facets) {
                json.writeObjectFieldStart(facet);
                json.writeObjectFieldStart("terms");
                json.writeStringField("field", FIELDS.getOrDefault(facet, facet));
                json.writeNumberField("size", 100);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeObjectFieldStart(WITH_CAR);
            json.writeFieldName("filter");
            term(json, "hasCar", true);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("The search body could not be written", e);
        }
        return out.toByteArray();
    }

    private static void boostedMatch(JsonGenerator json, String field, String words, int boost) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("match");
        json.writeObjectFieldStart(field);
        json.writeStringField("query", words);
        json.writeNumberField("boost", boost);
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void filters(JsonGenerator json, PaSearchCriteria criteria) throws IOException {
        Place near = criteria.nearPlace().orElse(null);
        if (near != null) {
            json.writeStartObject();
            json.writeObjectFieldStart("geo_distance");
            json.writeStringField("distance", criteria.radiusKm() + "km");
            json.writeFieldName("location");
            point(json, near);
            json.writeEndObject();
            json.writeEndObject();
        }
        PaFilters chosen = criteria.filters();
        for (var skill : chosen.skills()) {
            term(json, "skills", skill);
        }
        for (var slot : chosen.available()) {
            term(json, "availability", slot.code());
        }
        for (var check : chosen.checks()) {
            term(json, "checks.type", check.name());
        }
        anyOf(json, "languages", chosen.languages().stream().map(Enum::name).toList());
        anyOf(json, "gender", chosen.genders().stream().map(Enum::name).toList());
        if (!chosen.employment().isEmpty()) {
            List<String> acceptable = new ArrayList<>(chosen.employment().stream().map(Enum::name).toList());
            acceptable.add(EmploymentPreference.EITHER.name());
            anyOf(json, "employment", acceptable);
        }
        if (chosen.withCar()) {
            term(json, "hasCar", true);
        }
    }

    private static void term(JsonGenerator json, String field, Object value) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("term");
        json.writeObjectFieldStart(field);
        json.writeFieldName("value");
        if (value instanceof Boolean yes) {
            json.writeBoolean(yes);
        } else {
            json.writeString(value.toString());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void anyOf(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeStartObject();
        json.writeObjectFieldStart("terms");
        json.writeArrayFieldStart(field);
        for (String value : new LinkedHashSet<>(values)) {
            json.writeString(value);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void sort(JsonGenerator json, PaSearchCriteria criteria) throws IOException {
        Place near = criteria.nearPlace().orElse(null);
        switch (criteria.order()) {
            case DISTANCE -> {
                byDistance(json, near);
                byField(json, "_score", "desc");
            }
            case RATE -> {
                byField(json, "hourlyRatePence", "asc");
                byField(json, "_score", "desc");
            }
            default -> {
                byField(json, "_score", "desc");
                if (near != null) {
                    byDistance(json, near);
                }
            }
        }
        // The same order every time for equal results, so paging neither repeats nor skips anyone.
        byField(json, "id", "asc");
    }

    private static void byField(JsonGenerator json, String field, String order) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart(field);
        json.writeStringField("order", order);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Nearest first; a search without a place cannot be ordered by distance (the criteria refuse it). */
    private static void byDistance(JsonGenerator json, Place near) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("_geo_distance");
        json.writeFieldName("location");
        point(json, near);
        json.writeStringField("order", "asc");
        json.writeStringField("unit", "km");
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void point(JsonGenerator json, Place place) throws IOException {
        json.writeStartObject();
        json.writeNumberField("lat", place.point().latitude());
        json.writeNumberField("lon", place.point().longitude());
        json.writeEndObject();
    }
}
