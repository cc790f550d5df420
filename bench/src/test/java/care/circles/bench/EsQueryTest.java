package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EsQueryTest {

    private static final Map<String, Place> PLACES = Map.of("Dorchester", new Place("Dorchester", 50.7154, -2.4367));

    private static JsonNode body(PaQuery query) throws Exception {
        return new ObjectMapper().readTree(EsQuery.body(query, PLACES));
    }

    @Test
    void wordsAreAFuzzyAndMatchOnEverythingWithNameAndSkillBoostsAsPaSearchBuildsThem() throws Exception {
        JsonNode bool = body(new PaQuery("memory loss", null, 15, "relevance", List.of(), List.of())).path("query").path("bool");
        JsonNode everything = bool.path("must").get(0).path("match").path("everything");
        assertEquals("memory loss", everything.path("query").asText());
        assertEquals("and", everything.path("operator").asText());
        assertEquals("AUTO", everything.path("fuzziness").asText());
        assertEquals(3.0, bool.path("should").get(0).path("match").path("displayName").path("boost").asDouble());
        assertEquals(2.0, bool.path("should").get(1).path("match").path("skillLabels").path("boost").asDouble());
    }

    @Test
    void townRadiusSkillsAndTimesAreFilters() throws Exception {
        JsonNode filter = body(new PaQuery("", "Dorchester", 25, "distance", List.of("DEMENTIA"), List.of("MONDAY_MORNING")))
                .path("query").path("bool").path("filter");
        assertEquals("25km", filter.get(0).path("geo_distance").path("distance").asText());
        assertEquals(50.7154, filter.get(0).path("geo_distance").path("location").path("lat").asDouble());
        assertEquals("DEMENTIA", filter.get(1).path("term").path("skills").path("value").asText());
        assertEquals("MONDAY_MORNING", filter.get(2).path("term").path("availability").path("value").asText());
    }

    @Test
    void noWordsMeansNoScoringClauses() throws Exception {
        JsonNode bool = body(new PaQuery("", "Dorchester", 5, "distance", List.of(), List.of())).path("query").path("bool");
        assertFalse(bool.has("must"));
        assertFalse(bool.has("should"));
    }

    @Test
    void sortsAsTheApplicationDoesForEachOrderWithIdLast() throws Exception {
        JsonNode byDistance = body(new PaQuery("", "Dorchester", 5, "distance", List.of(), List.of())).path("sort");
        assertTrue(byDistance.get(0).has("_geo_distance"));
        assertEquals("km", byDistance.get(0).path("_geo_distance").path("unit").asText());
        assertTrue(byDistance.get(1).has("_score"));
        assertTrue(byDistance.get(2).has("id"));

        JsonNode byRelevanceNear = body(new PaQuery("cooking", "Dorchester", 5, "relevance", List.of(), List.of())).path("sort");
        assertTrue(byRelevanceNear.get(0).has("_score"));
        assertTrue(byRelevanceNear.get(1).has("_geo_distance"));

        JsonNode byRate = body(new PaQuery("cooking", null, 5, "rate", List.of(), List.of())).path("sort");
        assertEquals("asc", byRate.get(0).path("hourlyRatePence").path("order").asText());
        assertEquals(3 - 1, byRate.size() - 1);
    }

    @Test
    void asksForTheFirstPageTheTotalAndEveryFacet() throws Exception {
        JsonNode body = body(new PaQuery("cooking", null, 5, "relevance", List.of(), List.of()));
        assertEquals(0, body.path("from").asInt());
        assertEquals(20, body.path("size").asInt());
        assertTrue(body.path("track_total_hits").asBoolean());
        for (String facet : List.of("skills", "languages", "gender", "employment", "checks")) {
            assertEquals(100, body.path("aggregations").path(facet).path("terms").path("size").asInt(), facet);
        }
        assertEquals("checks.type", body.path("aggregations").path("checks").path("terms").path("field").asText());
        List<String> fetched = new java.util.ArrayList<>();
        body.path("_source").path("includes").forEach(field -> fetched.add(field.asText()));
        assertTrue(fetched.contains("displayName") && fetched.contains("checks"), fetched.toString());
        assertTrue(!fetched.contains("aboutMe"), "the words about the PA are searched, not fetched");
        assertTrue(body.path("aggregations").path("withCar").path("filter").path("term").path("hasCar").path("value").asBoolean());
    }

    @Test
    void aTownOutsideTheGazetteerIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> EsQuery.body(new PaQuery("", "Atlantis", 5, "relevance", List.of(), List.of()), PLACES));
    }
}
