package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import care.circles.place.entity.GeoPoint;
import org.junit.jupiter.api.Test;

class MapProjectionTest {

    private static final GeoPoint SOUTH_WEST = new GeoPoint(50.5, -3.0);
    private static final GeoPoint NORTH_EAST = new GeoPoint(51.0, -1.8);

    @Test
    void fitsTheAreaToTheWidthInsideTheMarginNorthUp() {
        MapProjection map = new MapProjection(List.of(SOUTH_WEST, NORTH_EAST), 880, 40);
        assertEquals(40, map.x(SOUTH_WEST), 1e-9);
        assertEquals(840, map.x(NORTH_EAST), 1e-9);
        assertEquals(40, map.y(NORTH_EAST), 1e-9, "north at the top");
        assertEquals(map.height() - 40, map.y(SOUTH_WEST), 1e-9);
    }

    @Test
    void keepsDistancesTheSameEastWestAsNorthSouth() {
        MapProjection map = new MapProjection(List.of(SOUTH_WEST, NORTH_EAST), 880, 40);
        GeoPoint middle = new GeoPoint(50.75, -2.4);
        GeoPoint tenKmEast = new GeoPoint(50.75, -2.4 + 10 / (111.32 * Math.cos(Math.toRadians(50.75))));
        GeoPoint tenKmNorth = new GeoPoint(50.75 + 10 / 111.32, -2.4);
        double east = map.x(tenKmEast) - map.x(middle);
        double north = map.y(middle) - map.y(tenKmNorth);
        assertEquals(east, north, east * 0.01);
    }
}
