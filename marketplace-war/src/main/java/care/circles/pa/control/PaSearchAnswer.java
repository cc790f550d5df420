package care.circles.pa.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PaSearchResults.CheckBadge;
import care.circles.pa.entity.PaSearchResults.FacetCount;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;

/**
 * Reads Elasticsearch's answer to a {@link PaSearchQuery} as it streams in, straight into the
 * results people see: the total, each PA shown (distance worked out from the place searched
 * near, expired badges left out), and the counts of each filter value.
 */
final class PaSearchAnswer {

    /** Only what is read below is sent by Elasticsearch. */
    static final String FILTER_PATH = "hits.total.value,hits.hits._source,aggregations.*.buckets.key,"
            + "aggregations.*.buckets.doc_count,aggregations." + PaSearchQuery.WITH_CAR + ".doc_count";

    private static final JsonFactory JSON = new JsonFactory();

    private final Place near;
    private final String today;
    private long total;
    private final List<PaHit> items = new ArrayList<>();
    private final Map<String, List<Bucket>> buckets = new HashMap<>();
    private long withCar;

    /**
     * @param near  the place searched near, or null
     * @param today an ISO date ({@code 2026-12-07}): badges that expired before it are left out
     */
    private PaSearchAnswer(Place near, String today) {
        this.near = near;
        this.today = today;
    }

    /**
     * @param facets facet name → how its values read to people, in the order shown; a value no
     *               longer known (a retired code) reads as itself
     */
    static PaSearchResults read(InputStream answer, Place near, String today,
                                Map<String, Function<String, String>> facets) throws IOException {
        PaSearchAnswer read = new PaSearchAnswer(near, today);
        try (JsonParser json = JSON.createParser(answer)) {
            read.answer(json);
        }
        return read.results(facets);
    }

    private PaSearchResults results(Map<String, Function<String, String>> facets) {
        Map<String, List<FacetCount>> counted = new LinkedHashMap<>();
        facets.forEach((name, label) -> counted.put(name, buckets.getOrDefault(name, List.of()).stream()
                .map(bucket -> new FacetCount(bucket.value(), labelOf(label, bucket.value()), bucket.count()))
                .toList()));
        counted.put("car", List.of(new FacetCount("true", "Has a car", withCar)));
        return new PaSearchResults(total, List.copyOf(items), counted);
    }

    private static String labelOf(Function<String, String> label, String code) {
        try {
            return label.apply(code);
        } catch (IllegalArgumentException retiredCode) {
            return code;
        }
    }

    private void answer(JsonParser json) throws IOException {
        expect(json.nextToken(), JsonToken.START_OBJECT, json);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "hits" -> hits(json);
                case "aggregations" -> aggregations(json);
                default -> json.skipChildren();
            }
        }
    }

    private void hits(JsonParser json) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals("total")) {
                total = numberIn(json, "value");
            } else if (field.equals("hits")) {
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String part = json.currentName();
                        json.nextToken();
                        if (part.equals("_source")) {
                            items.add(hit(json));
                        } else {
                            json.skipChildren();
                        }
                    }
                }
            } else {
                json.skipChildren();
            }
        }
    }

    /** One PA as shown, from the fields of their listing ({@link PaSearchQuery#SHOWN_FIELDS}). */
    private PaHit hit(JsonParser json) throws IOException {
        long id = 0;
        String displayName = null;
        String town = null;
        Double distance = null;
        List<String> skills = List.of();
        long rate = 0;
        List<String> languages = List.of();
        String gender = null;
        String employment = null;
        boolean hasCar = false;
        boolean hasPhoto = false;
        List<CheckBadge> checks = List.of();
        long reviewCount = 0;
        Double averageRating = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "id" -> id = json.getLongValue();
                case "displayName" -> displayName = text(json);
                case "town" -> town = text(json);
                case "location" -> distance = distanceTo(json);
                case "skills" -> skills = texts(json);
                case "hourlyRatePence" -> rate = json.getLongValue();
                case "languages" -> languages = texts(json);
                case "gender" -> gender = text(json);
                case "employment" -> employment = text(json);
                case "hasCar" -> hasCar = value == JsonToken.VALUE_TRUE;
                case "hasPhoto" -> hasPhoto = value == JsonToken.VALUE_TRUE;
                case "checks" -> checks = badges(json);
                case "reviewCount" -> reviewCount = json.getLongValue();
                case "averageRating" -> averageRating = value == JsonToken.VALUE_NULL ? null : json.getDoubleValue();
                default -> json.skipChildren();
            }
        }
        return new PaHit(id, displayName, town, distance, skills, rate, languages, gender, employment, hasCar, hasPhoto,
                checks, reviewCount, averageRating);
    }

    /** Kilometres from the place searched near, to one decimal place; null without a place. */
    private Double distanceTo(JsonParser json) throws IOException {
        double lat = 0;
        double lon = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "lat" -> lat = json.getDoubleValue();
                case "lon" -> lon = json.getDoubleValue();
                default -> json.skipChildren();
            }
        }
        if (near == null) {
            return null;
        }
        return Math.round(near.point().kilometresTo(new GeoPoint(lat, lon)) * 10) / 10.0;
    }

    /**
     * The badges still in date. A check that expired since the listing was indexed is left out at
     * once; the nightly sweep then sends the PA's listing again (and their counts in the filters).
     */
    private List<CheckBadge> badges(JsonParser json) throws IOException {
        List<CheckBadge> badges = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String type = null;
            String label = null;
            String verifiedOn = null;
            String expiresOn = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "type" -> type = text(json);
                    case "label" -> label = text(json);
                    case "verifiedOn" -> verifiedOn = text(json);
                    case "expiresOn" -> expiresOn = text(json);
                    default -> json.skipChildren();
                }
            }
            // ISO dates (2026-12-07) sort as text: no parsing per badge on the search path.
            if (expiresOn == null || expiresOn.compareTo(today) >= 0) {
                badges.add(new CheckBadge(type, label, verifiedOn, expiresOn));
            }
        }
        return List.copyOf(badges);
    }

    private void aggregations(JsonParser json) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            if (name.equals(PaSearchQuery.WITH_CAR)) {
                withCar = numberIn(json, "doc_count");
                continue;
            }
            List<Bucket> counts = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (!field.equals("buckets")) {
                    json.skipChildren();
                    continue;
                }
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    String key = null;
                    long count = 0;
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String part = json.currentName();
                        json.nextToken();
                        switch (part) {
                            case "key" -> key = text(json);
                            case "doc_count" -> count = json.getLongValue();
                            default -> json.skipChildren();
                        }
                    }
                    counts.add(new Bucket(key, count));
                }
            }
            buckets.put(name, counts);
        }
    }

    /** A filter value and how many of all the results have it. */
    private record Bucket(String value, long count) {
    }

    /** A number field of the object the parser is at the start of; 0 when it is missing. */
    private static long numberIn(JsonParser json, String name) throws IOException {
        long number = 0;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            if (field.equals(name)) {
                number = json.getLongValue();
            } else {
                json.skipChildren();
            }
        }
        return number;
    }

    private static String text(JsonParser json) throws IOException {
        return json.currentToken() == JsonToken.VALUE_NULL ? null : json.getText();
    }

    private static List<String> texts(JsonParser json) throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            json.skipChildren();
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            texts.add(json.getText());
        }
        return List.copyOf(texts);
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser json) throws IOException {
        if (actual != expected) {
            throw new IOException("Elasticsearch answered " + actual + " where " + expected + " was expected, at "
                    + json.currentLocation());
        }
    }
}
