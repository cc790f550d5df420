package care.circles.pa.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PaSearchResults.CheckBadge;
import care.circles.pa.entity.PaSearchResults.FacetCount;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;

class PaSearchAnswerTest {

    private static final String TODAY = "2026-12-07";
    private static final Place WIMBORNE = new Place(3, "Wimborne Minster", new GeoPoint(50.8, -1.98));
    private static final Map<String, Function<String, String>> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("skills", code -> switch (code) {
            case "MEALS" -> "Cooking and meals";
            case "DEMENTIA" -> "Dementia care";
            default -> throw new IllegalArgumentException("retired: " + code);
        });
        FACETS.put("gender", code -> code.equals("WOMAN") ? "Woman" : "Man");
    }

    /** An answer as Elasticsearch sends it with {@link PaSearchAnswer#FILTER_PATH}. */
    private static final String ANSWER = """
            {"hits":{"total":{"value":42},"hits":[{"_source":{
              "id":7,"displayName":"Jo D.","town":"Wimborne Minster","location":{"lat":50.8,"lon":-1.98},
              "skills":["MEALS","DEMENTIA"],"hourlyRatePence":1450,"languages":["ENGLISH"],"gender":"WOMAN",
              "employment":"EITHER","hasCar":true,"hasPhoto":false,"reviewCount":2,"averageRating":4.5,
              "checks":[{"type":"ENHANCED_DBS","label":"Enhanced DBS check","verifiedOn":"2023-12-01","expiresOn":"2026-12-06"},
                        {"type":"FIRST_AID","label":"First aid","verifiedOn":"2024-01-01","expiresOn":"2026-12-07"},
                        {"type":"IDENTITY","label":"Photo ID","verifiedOn":"2026-01-01","expiresOn":null}]}},
              {"_source":{"id":9,"displayName":"Sam K.","town":"Ferndown","location":{"lat":50.807,"lon":-1.899},
              "skills":[],"hourlyRatePence":1600,"languages":[],"gender":"MAN","employment":"EMPLOYED",
              "hasCar":false,"hasPhoto":true,"checks":[],"reviewCount":0,"averageRating":null,"newField":{"a":[1,2]}}}]},
             "aggregations":{"skills":{"buckets":[{"key":"MEALS","doc_count":30},{"key":"OLD_CODE","doc_count":2}]},
              "withCar":{"doc_count":17},"gender":{"buckets":[{"key":"WOMAN","doc_count":25}]}}}
            """;

    private static PaSearchResults read(String answer, Place near) throws IOException {
        return PaSearchAnswer.read(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)), near, TODAY, FACETS);
    }

    @Test
    void readsTheTotalAndEachPaShownInOrder() throws IOException {
        PaSearchResults results = read(ANSWER, null);

        assertEquals(42, results.total());
        assertEquals(List.of(7L, 9L), results.items().stream().map(PaHit::id).toList());
        PaHit jo = results.items().get(0);
        assertEquals(new PaHit(7, "Jo D.", "Wimborne Minster", null, List.of("MEALS", "DEMENTIA"), 1450, List.of("ENGLISH"),
                "WOMAN", "EITHER", true, false, jo.checks(), 2, 4.5), jo);
        PaHit sam = results.items().get(1);
        assertNull(sam.averageRating(), "no reviews: no average");
        assertTrue(sam.hasPhoto());
        assertEquals(List.of(), sam.skills());
    }

    @Test
    void aBadgeWhoseCheckExpiredSinceIndexingIsNotShown() throws IOException {
        PaHit jo = read(ANSWER, null).items().get(0);

        assertEquals(List.of("FIRST_AID", "IDENTITY"), jo.checks().stream().map(CheckBadge::type).toList(),
                "expired yesterday: gone; expires today: still shown; no expiry: shown");
        assertEquals(new CheckBadge("FIRST_AID", "First aid", "2024-01-01", "2026-12-07"), jo.checks().get(0));
    }

    @Test
    void distanceIsFromThePlaceSearchedNearToOneDecimalPlace() throws IOException {
        List<PaHit> items = read(ANSWER, WIMBORNE).items();

        assertEquals(0.0, items.get(0).distanceKm());
        assertEquals(5.7, items.get(1).distanceKm());
        assertNull(read(ANSWER, null).items().get(0).distanceKm(), "no place searched near: no distance");
    }

    @Test
    void facetsComeInTheirOrderWithLabelsAndACodeNoLongerKnownReadsAsItself() throws IOException {
        Map<String, List<FacetCount>> facets = read(ANSWER, null).facets();

        assertEquals(List.of("skills", "gender", "car"), List.copyOf(facets.keySet()));
        assertEquals(List.of(new FacetCount("MEALS", "Cooking and meals", 30), new FacetCount("OLD_CODE", "OLD_CODE", 2)),
                facets.get("skills"));
        assertEquals(List.of(new FacetCount("WOMAN", "Woman", 25)), facets.get("gender"));
        assertEquals(List.of(new FacetCount("true", "Has a car", 17)), facets.get("car"));
    }

    @Test
    void anAnswerWithNothingFoundHasNoItemsAndEmptyFacets() throws IOException {
        PaSearchResults results = read("{\"hits\":{\"total\":{\"value\":0}},\"aggregations\":{\"withCar\":{\"doc_count\":0}}}",
                WIMBORNE);

        assertEquals(0, results.total());
        assertEquals(List.of(), results.items());
        assertEquals(List.of(), results.facets().get("skills"));
        assertEquals(List.of(new FacetCount("true", "Has a car", 0)), results.facets().get("car"));
    }

    @Test
    void anAnswerThatIsNotASearchResultIsRefused() {
        assertThrows(IOException.class, () -> read("[1,2]", null));
        assertThrows(IOException.class, () -> read("{\"hits\":{\"hits\":[{\"_source\":{\"id\":", null));
    }
}
