package care.circles.pa.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.InvalidInputException;

class PaSearchCriteriaTest {

    private final Place dorchester = new Place(1, "Dorchester", new GeoPoint(50.7154, -2.4367));
    private final Function<String, Optional<Place>> gazetteer =
            typed -> "Dorchester".equalsIgnoreCase(typed.strip()) ? Optional.of(dorchester) : Optional.empty();

    @Test
    void usesSensibleDefaultsWhenOnlyWordsAreGiven() {
        PaSearchCriteria criteria = PaSearchCriteria.of(" dementia ", null, null, null, null, null, gazetteer);
        assertEquals("dementia", criteria.words());
        assertTrue(criteria.nearPlace().isEmpty());
        assertEquals(SearchOrder.RELEVANCE, criteria.order());
        assertEquals(1, criteria.page());
        assertEquals(20, criteria.size());
        assertEquals(0, criteria.offset());
    }

    @Test
    void searchesFifteenKilometresAroundAPlaceUnlessToldOtherwise() {
        assertEquals(15, PaSearchCriteria.of("", "dorchester", null, null, null, null, gazetteer).radiusKm());
        assertEquals(40, PaSearchCriteria.of("", "Dorchester", "40", "distance", "3", "10", gazetteer).radiusKm());
        assertEquals(20, PaSearchCriteria.of("", "Dorchester", "40", "distance", "3", "10", gazetteer).offset());
    }

    @Test
    void namesEveryBadParameter() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PaSearchCriteria.of("x", "Atlantis", "0", "cheapest", "0", "101", gazetteer));
        assertEquals(java.util.List.of("near", "radiusKm", "page", "size", "sort"),
                refused.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void refusesPagesDeeperThanTheIndexCanServe() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PaSearchCriteria.of("", null, null, null, "101", "100", gazetteer));
        assertEquals("page", refused.problems().get(0).field());
    }

    @Test
    void refusesDistanceOrderWithoutAPlace() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PaSearchCriteria.of("care", null, null, "distance", null, null, gazetteer));
        assertEquals("sort", refused.problems().get(0).field());
    }
}
