package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchMixTest {

    private final List<PaQuery> mix = SearchMix.queries(200);

    @Test
    void everyRunSendsTheSameSearchesInTheSameOrder() {
        assertEquals(mix, SearchMix.queries(200));
        assertEquals(mix.subList(0, 20), SearchMix.queries(20));
    }

    @Test
    void mixHoldsWordsTownsTyposFiltersAndEveryOrder() {
        assertTrue(mix.stream().anyMatch(q -> q.hasWords() && q.hasTown()));
        assertTrue(mix.stream().anyMatch(q -> !q.hasWords() && q.hasTown()), "browsing near a town");
        assertTrue(mix.stream().anyMatch(q -> q.hasWords() && !q.hasTown()), "words anywhere");
        assertTrue(mix.stream().anyMatch(q -> SearchMix.TYPOS.contains(q.words())));
        assertTrue(mix.stream().anyMatch(q -> !q.skills().isEmpty()));
        assertTrue(mix.stream().anyMatch(q -> !q.available().isEmpty()));
        for (String sort : List.of("relevance", "distance", "rate")) {
            assertTrue(mix.stream().anyMatch(q -> q.sort().equals(sort)), sort);
        }
    }

    @Test
    void distancesAreFiveToFortyKilometresAndOnlyWithATown() {
        for (PaQuery query : mix) {
            assertTrue(query.radiusKm() >= 5 && query.radiusKm() <= 40);
            assertTrue(query.hasTown() || !query.sort().equals("distance"));
            assertTrue(query.hasTown() || query.hasWords(), "never an empty search");
        }
    }

    @Test
    void apiQueryStringCarriesOnlyWhatWasChosen() {
        PaQuery query = new PaQuery("retired nurse", "Blandford Forum", 25, "distance", List.of("DEMENTIA"),
                List.of("MONDAY_MORNING"));
        assertEquals("q=retired+nurse&near=Blandford+Forum&radiusKm=25&sort=distance&skills=DEMENTIA"
                + "&available=MONDAY_MORNING", query.apiQueryString());
        assertEquals("q=cooking", new PaQuery("cooking", null, 15, "relevance", List.of(), List.of()).apiQueryString());
    }

    @Test
    void pageQueryStringIsWhatTheSearchFormSends() {
        PaQuery query = new PaQuery("", "Wool", 10, "distance", List.of("MEALS"), List.of());
        assertEquals("q=&near=Wool&radiusKm=10&sort=distance&skills=MEALS", query.pageQueryString());
    }
}
