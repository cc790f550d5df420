package care.circles.place.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PlaceIndexTest {

    private final Place dorchester = new Place(1, "Dorchester", new GeoPoint(50.7154, -2.4367));
    private final Place blandford = new Place(2, "Blandford Forum", new GeoPoint(50.8560, -2.1648));
    private final Place wimborne = new Place(3, "Wimborne Minster", new GeoPoint(50.7997, -1.9860));
    private final Place sturminster = new Place(4, "Sturminster Newton", new GeoPoint(50.9260, -2.3050));
    private final Place sturminsterMarshall = new Place(5, "Sturminster Marshall", new GeoPoint(50.7970, -2.0750));
    private final PlaceIndex index = new PlaceIndex(
            List.of(dorchester, blandford, wimborne, sturminster, sturminsterMarshall),
            Map.of(new PostcodeDistrict("DT1"), dorchester, new PostcodeDistrict("BH21"), wimborne));

    @Test
    void findsATownWhateverTheCaseOrSpacing() {
        assertEquals(dorchester, index.find("dorchester").orElseThrow());
        assertEquals(blandford, index.find("  BLANDFORD   forum ").orElseThrow());
    }

    @Test
    void findsATownByTheFirstWordOfItsNameWhenThatIsUnambiguous() {
        assertEquals(blandford, index.find("Blandford").orElseThrow());
        assertEquals(wimborne, index.find("wimborne").orElseThrow());
        assertTrue(index.find("Sturminster").isEmpty(), "two places start with Sturminster: ask, do not guess");
    }

    @Test
    void findsATownByPostcodeDistrictOrFullPostcode() {
        assertEquals(dorchester, index.find("DT1").orElseThrow());
        assertEquals(dorchester, index.find("dt1 1xj").orElseThrow());
        assertEquals(wimborne, index.find("BH21 1AA").orElseThrow());
    }

    @Test
    void findsNothingForUnknownPlacesOrDistrictsOutsideTheCouncil() {
        assertTrue(index.find("Atlantis").isEmpty());
        assertTrue(index.find("SW1A").isEmpty());
        assertTrue(index.find("").isEmpty());
        assertTrue(index.find(null).isEmpty());
    }

    @Test
    void listsPlacesAlphabetically() {
        assertEquals("Blandford Forum", index.all().get(0).name());
    }
}
