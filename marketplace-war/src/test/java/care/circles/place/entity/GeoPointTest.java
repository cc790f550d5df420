package care.circles.place.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void measuresRoadlessDistanceBetweenTownsInKilometres() {
        GeoPoint dorchester = new GeoPoint(50.7154, -2.4367);
        GeoPoint weymouth = new GeoPoint(50.6144, -2.4573);
        assertEquals(11.3, dorchester.kilometresTo(weymouth), 0.3);
        assertEquals(0.0, dorchester.kilometresTo(dorchester), 1e-9);
    }

    @Test
    void refusesPointsThatAreNotOnTheEarth() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, 181));
    }
}
