package care.circles.pa.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.circles.pa.entity.AvailabilitySlot;
import care.circles.pa.entity.EmploymentPreference;
import care.circles.pa.entity.Gender;
import care.circles.pa.entity.Language;
import care.circles.pa.entity.PaFilters;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PartOfDay;
import care.circles.pa.entity.SearchOrder;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.vetting.entity.CheckType;

class PaSearchQueryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Place DORCHESTER = new Place(1, "Dorchester", new GeoPoint(50.7154, -2.4367));
    private static final Set<String> FACETS = new LinkedHashSet<>(List.of("skills", "checks"));

    private static JsonNode body(PaSearchCriteria criteria) throws Exception {
        return JSON.readTree(PaSearchQuery.body(criteria, FACETS));
    }

    @Test
    void wordsPlaceAndEveryFilterNearestFirstOnThePageAsked() throws Exception {
        PaFilters filters = new PaFilters(Set.of("DEMENTIA"), EnumSet.of(Language.MAKATON), EnumSet.of(Gender.WOMAN),
                EnumSet.of(EmploymentPreference.SELF_EMPLOYED), true,
                Set.of(new AvailabilitySlot(DayOfWeek.MONDAY, PartOfDay.MORNING)), EnumSet.of(CheckType.ENHANCED_DBS));
        JsonNode body = body(new PaSearchCriteria("retired nurse", DORCHESTER, 15, SearchOrder.DISTANCE, 3, 20, filters));

        assertEquals(JSON.readTree("""
                {"_source":{"includes":["id","displayName","town","location","skills","hourlyRatePence","languages",
                   "gender","employment","hasCar","hasPhoto","checks","reviewCount","averageRating"]},
                 "query":{"bool":{
                   "must":[{"match":{"everything":{"query":"retired nurse","operator":"and","fuzziness":"AUTO"}}}],
                   "should":[{"match":{"displayName":{"query":"retired nurse","boost":3}}},
                             {"match":{"skillLabels":{"query":"retired nurse","boost":2}}}],
                   "filter":[{"geo_distance":{"distance":"15km","location":{"lat":50.7154,"lon":-2.4367}}},
                             {"term":{"skills":{"value":"DEMENTIA"}}},
                             {"term":{"availability":{"value":"MONDAY_MORNING"}}},
                             {"term":{"checks.type":{"value":"ENHANCED_DBS"}}},
                             {"terms":{"languages":["MAKATON"]}},
                             {"terms":{"gender":["WOMAN"]}},
                             {"terms":{"employment":["SELF_EMPLOYED","EITHER"]}},
                             {"term":{"hasCar":{"value":true}}}]}},
                 "sort":[{"_geo_distance":{"location":{"lat":50.7154,"lon":-2.4367},"order":"asc","unit":"km"}},
                         {"_score":{"order":"desc"}},{"id":{"order":"asc"}}],
                 "from":40,"size":20,"track_total_hits":true,
                 "aggregations":{"skills":{"terms":{"field":"skills","size":100}},
                                 "checks":{"terms":{"field":"checks.type","size":100}},
                                 "withCar":{"filter":{"term":{"hasCar":{"value":true}}}}}}
                """), body);
    }

    @Test
    void withoutWordsNothingIsScoredOnWordsAndOnlyTheFiltersApply() throws Exception {
        JsonNode bool = body(new PaSearchCriteria("", null, 15, SearchOrder.RELEVANCE, 1, 20, PaFilters.NONE))
                .path("query").path("bool");

        assertEquals(JSON.readTree("{\"filter\":[]}"), bool);
    }

    @Test
    void byRateCheapestFirstThenBestMatchThenTheSameOrderEveryTime() throws Exception {
        JsonNode sort = body(new PaSearchCriteria("meals", DORCHESTER, 5, SearchOrder.RATE, 1, 20, PaFilters.NONE)).path("sort");

        assertEquals(JSON.readTree("[{\"hourlyRatePence\":{\"order\":\"asc\"}},{\"_score\":{\"order\":\"desc\"}},"
                + "{\"id\":{\"order\":\"asc\"}}]"), sort);
    }

    @Test
    void byRelevanceNearAPlaceTheNearerOfEqualMatchesFirst() throws Exception {
        JsonNode sort = body(new PaSearchCriteria("meals", DORCHESTER, 5, SearchOrder.RELEVANCE, 1, 20, PaFilters.NONE))
                .path("sort");

        assertEquals(List.of("_score", "_geo_distance", "id"), List.of(sort.get(0).fieldNames().next(),
                sort.get(1).fieldNames().next(), sort.get(2).fieldNames().next()));
    }
}
