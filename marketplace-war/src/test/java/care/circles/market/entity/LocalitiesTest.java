package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import org.junit.jupiter.api.Test;

class LocalitiesTest {

    private static final Place DORCHESTER = new Place(1, "Dorchester", new GeoPoint(50.7154, -2.4367));
    private static final Place BRIDPORT = new Place(2, "Bridport", new GeoPoint(50.7336, -2.7584));
    private static final Place CHARMINSTER = new Place(3, "Charminster", new GeoPoint(50.7340, -2.4560));
    private static final Place BURTON_BRADSTOCK = new Place(4, "Burton Bradstock", new GeoPoint(50.7010, -2.7240));
    private static final Place MAIDEN_NEWTON = new Place(5, "Maiden Newton", new GeoPoint(50.7740, -2.5730));

    private static final List<Place> PLACES = List.of(DORCHESTER, BRIDPORT, CHARMINSTER, BURTON_BRADSTOCK, MAIDEN_NEWTON);

    @Test
    void assignsEachVillageToTheNearestTown() {
        Localities localities = new Localities(PLACES, Set.of(1L, 2L));
        assertEquals(DORCHESTER, localities.townOf(CHARMINSTER.id()).orElseThrow());
        assertEquals(BRIDPORT, localities.townOf(BURTON_BRADSTOCK.id()).orElseThrow());
        // 9.6 km from Dorchester, 13.4 km from Bridport.
        assertEquals(DORCHESTER, localities.townOf(MAIDEN_NEWTON.id()).orElseThrow());
    }

    @Test
    void aTownIsInItsOwnLocalityAndListedFirst() {
        Localities localities = new Localities(PLACES, Set.of(1L, 2L));
        assertEquals(DORCHESTER, localities.townOf(DORCHESTER.id()).orElseThrow());
        assertEquals(List.of(DORCHESTER, CHARMINSTER, MAIDEN_NEWTON), localities.placesOf(DORCHESTER));
        assertEquals(List.of(BRIDPORT, DORCHESTER), localities.towns(), "towns A to Z");
    }

    @Test
    void withoutAnyTownEveryPlaceIsALocality() {
        Localities localities = new Localities(PLACES, Set.of());
        assertEquals(5, localities.towns().size());
        assertEquals(CHARMINSTER, localities.townOf(CHARMINSTER.id()).orElseThrow());
    }

    @Test
    void aPlaceOutsideTheGazetteerHasNoLocality() {
        assertTrue(new Localities(PLACES, Set.of(1L)).townOf(99).isEmpty());
    }
}
