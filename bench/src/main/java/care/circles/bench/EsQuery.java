package care.circles.bench;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code _search} body that the application's {@code PaSearch.find} sends for a query,
 * written out as raw JSON: same bool query (fuzzy AND match on {@code everything}, boosted
 * should-matches on the name and skill labels, geo-distance and term filters), same sort,
 * same paging, same total-hits tracking, same aggregations, same fields of each hit. Elasticsearch alone answers it,
 * so the API's extra time is what the application adds. The benchmark checks before timing
 * that both give the same totals and the same first page.
 */
public final class EsQuery {

    /** The application asks Elasticsearch to send only the parts of the answer it reads. */
    public static final String PATH = "/pas/_search?filter_path=hits.total.value,hits.hits._source,"
            + "aggregations.*.buckets.key,aggregations.*.buckets.doc_count,aggregations.withCar.doc_count";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Facet name → the field it counts, in the application's order. */
    private static final String[][] FACETS = {{"skills", "skills"}, {"languages", "languages"}, {"gender", "gender"},
            {"employment", "employment"}, {"checks", "checks.type"}};
    /** The fields of each hit that a result shows; the rest of the listing (the words about the PA) is not fetched. */
    static final String[] SHOWN_FIELDS = {"id", "displayName", "town", "location", "skills", "hourlyRatePence",
            "languages", "gender", "employment", "hasCar", "hasPhoto", "checks", "reviewCount", "averageRating"};

    private EsQuery() {
    }

    public static String body(PaQuery query, Map<String, Place> places) {
        Place near = query.hasTown() ? placeOf(query.town(), places) : null;
        ObjectNode body = JSON.createObjectNode();
        ArrayNode includes = body.putObject("_source").putArray("includes");
        for (String field : SHOWN_FIELDS) {
            includes.add(field);
        }
        ObjectNode bool = body.putObject("query").putObject("bool");
        if (query.hasWords()) {
            ObjectNode everything = bool.putArray("must").addObject().putObject("match").putObject("everything");
            everything.put("query", query.words()).put("operator", "and").put("fuzziness", "AUTO");
            ArrayNode should = bool.putArray("should");
            should.addObject().putObject("match").putObject("displayName").put("query", query.words()).put("boost", 3.0);
            should.addObject().putObject("match").putObject("skillLabels").put("query", query.words()).put("boost", 2.0);
        }
        ArrayNode filter = bool.putArray("filter");
        if (near != null) {
            ObjectNode distance = filter.addObject().putObject("geo_distance");
            distance.put("distance", query.radiusKm() + "km");
            point(distance.putObject("location"), near);
        }
        query.skills().forEach(skill -> term(filter, "skills", skill));
        query.available().forEach(slot -> term(filter, "availability", slot));

        ArrayNode sort = body.putArray("sort");
        switch (query.sort()) {
            case "distance" -> {
                byDistance(sort, near);
                byScore(sort);
            }
            case "rate" -> {
                sort.addObject().putObject("hourlyRatePence").put("order", "asc");
                byScore(sort);
            }
            default -> {
                byScore(sort);
                if (near != null) {
                    byDistance(sort, near);
                }
            }
        }
        sort.addObject().putObject("id").put("order", "asc");

        body.put("from", 0);
        body.put("size", PaQuery.PAGE_SIZE);
        body.put("track_total_hits", true);
        ObjectNode aggregations = body.putObject("aggregations");
        for (String[] facet : FACETS) {
            aggregations.putObject(facet[0]).putObject("terms").put("field", facet[1]).put("size", 100);
        }
        aggregations.putObject("withCar").putObject("filter").putObject("term").putObject("hasCar").put("value", true);
        return body.toString();
    }

    static Place placeOf(String town, Map<String, Place> places) {
        Place place = places.get(town);
        if (place == null) {
            throw new IllegalArgumentException(town + " is not in the gazetteer");
        }
        return place;
    }

    private static void term(ArrayNode filter, String field, String value) {
        filter.addObject().putObject("term").putObject(field).put("value", value);
    }

    private static void byScore(ArrayNode sort) {
        sort.addObject().putObject("_score").put("order", "desc");
    }

    private static void byDistance(ArrayNode sort, Place near) {
        ObjectNode distance = sort.addObject().putObject("_geo_distance");
        point(distance.putArray("location").addObject(), near);
        distance.put("order", "asc").put("unit", "km");
    }

    private static void point(ObjectNode node, Place place) {
        node.put("lat", place.latitude()).put("lon", place.longitude());
    }
}
