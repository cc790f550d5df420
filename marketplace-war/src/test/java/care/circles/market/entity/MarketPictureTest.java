package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import org.junit.jupiter.api.Test;

class MarketPictureTest {

    private static final Place WAREHAM = new Place(1, "Wareham", new GeoPoint(50.6862, -2.1100));
    private static final Place SWANAGE = new Place(2, "Swanage", new GeoPoint(50.6083, -1.9601));
    private static final Place TRICKY = new Place(3, "=HYPERLINK(\"http://x\")", new GeoPoint(50.7, -2.0));

    private static LocalityFigures locality(Place town, long pas, Long medianRate) {
        Map<MarketMeasure, Long> values = new EnumMap<>(MarketMeasure.class);
        values.put(MarketMeasure.VERIFIED_PAS, pas);
        values.put(MarketMeasure.MEDIAN_PA_RATE, medianRate);
        return new LocalityFigures(town, 1, values);
    }

    private static MarketPicture picture(LocalityFigures... localities) {
        List<Place> towns = List.of(WAREHAM, SWANAGE, TRICKY);
        return new MarketPicture(new Localities(towns, Set.of(1L, 2L, 3L)), List.of(localities),
                locality(null, 9, 1300L), 0, 0, 1250);
    }

    @Test
    void sortsByAMeasureWithLocalitiesWithoutAFigureLast() {
        MarketPicture picture = picture(locality(WAREHAM, 3, null), locality(SWANAGE, 6, 1400L), locality(TRICKY, 0, 1200L));
        assertEquals(List.of("Swanage", "=HYPERLINK(\"http://x\")", "Wareham"),
                picture.sorted(MarketMeasure.MEDIAN_PA_RATE, true).stream().map(LocalityFigures::name).toList());
        assertEquals(List.of("=HYPERLINK(\"http://x\")", "Swanage", "Wareham"),
                picture.sorted(MarketMeasure.MEDIAN_PA_RATE, false).stream().map(LocalityFigures::name).toList());
        assertEquals("Wareham", picture.sorted(null, true).get(0).name(), "by name, Z to A");
    }

    @Test
    void csvHasAHeaderARowPerLocalityAndTheCountyWithPoundsAsPlainNumbers() {
        String[] lines = picture(locality(WAREHAM, 3, 1275L)).csv().split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("Locality,Places in it,Direct payment holders,"));
        assertTrue(lines[0].contains(",Median PA rate (£),"));
        assertTrue(lines[1].startsWith("Wareham,1,,,3,"), "a figure not measured is left empty: " + lines[1]);
        assertTrue(lines[1].contains(",12.75,"), "pence as pounds: " + lines[1]);
        assertTrue(lines[2].startsWith("Whole county,1,"));
    }

    @Test
    void csvDefusesANameThatASpreadsheetWouldRunAsAFormula() {
        String csv = picture(locality(TRICKY, 1, null)).csv();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv);
    }
}
