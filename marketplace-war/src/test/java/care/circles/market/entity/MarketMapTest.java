package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import org.junit.jupiter.api.Test;

class MarketMapTest {

    private static final Place WAREHAM = new Place(7, "Wareham", new GeoPoint(50.6862, -2.1100));
    private static final Place SWANAGE = new Place(8, "Swanage <&>", new GeoPoint(50.6083, -1.9601));
    private static final Place WOOL = new Place(9, "Wool", new GeoPoint(50.6806, -2.2190));

    private static String map(Long warehamAdverts, Long swanageAdverts) {
        Localities geography = new Localities(List.of(WAREHAM, SWANAGE, WOOL), Set.of(7L, 8L));
        return MarketMap.render(MarketMeasure.STALE_ADVERTS,
                List.of(locality(WAREHAM, warehamAdverts), locality(SWANAGE, swanageAdverts)), geography,
                List.of(new GeoPoint(50.55, -2.3), new GeoPoint(50.75, -2.3), new GeoPoint(50.75, -1.9)), "#locality-");
    }

    private static LocalityFigures locality(Place town, Long adverts) {
        Map<MarketMeasure, Long> values = new EnumMap<>(MarketMeasure.class);
        values.put(MarketMeasure.STALE_ADVERTS, adverts);
        return new LocalityFigures(town, 1, values);
    }

    @Test
    void eachTownIsALinkToItsRowNamedWithItsFigure() {
        String svg = map(4L, 0L);
        assertTrue(svg.contains("<a href=\"#locality-7\" aria-label=\"Wareham: Adverts open over 28 days 4\">"
                + "<title>Wareham: Adverts open over 28 days 4</title>"), svg);
        assertTrue(svg.contains("href=\"#locality-8\""));
        assertEquals(2, svg.split("<a ", -1).length - 1, "villages are not links");
    }

    @Test
    void namesAreEscaped() {
        String svg = map(1L, 2L);
        assertTrue(svg.contains("Swanage &lt;&amp;&gt;"));
        assertFalse(svg.contains("Swanage <&>"));
    }

    @Test
    void theLargerFigureGetsTheDarkerColourAndALegend() {
        String svg = map(10L, 0L);
        assertTrue(svg.contains("fill=\"#08519c\""), "darkest for the largest");
        assertTrue(svg.contains("fill=\"#deebf7\""), "lightest for the smallest");
        assertTrue(svg.contains("more means more unmet need"));
    }

    @Test
    void aTownWithNothingToMeasureIsADashedCircle() {
        assertTrue(map(null, 3L).contains("stroke-dasharray"));
    }
}
