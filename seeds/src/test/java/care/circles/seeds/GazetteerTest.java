package care.circles.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final List<String> TOWNS_NAMED_IN_THE_DOMAIN = List.of(
            "Dorchester", "Weymouth", "Bridport", "Blandford Forum", "Wimborne Minster", "Ferndown",
            "Gillingham", "Shaftesbury", "Sherborne", "Sturminster Newton", "Swanage", "Wareham", "Lyme Regis",
            "Verwood", "Portland", "Beaminster", "Wool", "Crossways", "Corfe Mullen", "Sixpenny Handley");

    private final Gazetteer dorset = Gazetteer.dorset();

    @Test
    void listsAtLeastTwentyFivePlacesIncludingEveryTownNamedInTheDomain() {
        assertTrue(dorset.places().size() >= 25, "only " + dorset.places().size() + " places");
        for (String town : TOWNS_NAMED_IN_THE_DOMAIN) {
            assertTrue(dorset.place(town).isPresent(), town + " is missing");
        }
    }

    @Test
    void placesEveryTownInsideDorset() {
        for (Place place : dorset.places()) {
            assertTrue(place.latitude() >= 50.51 && place.latitude() <= 51.09, place + " latitude");
            assertTrue(place.longitude() >= -2.96 && place.longitude() <= -1.68, place + " longitude");
        }
    }

    @Test
    void namesEachPlaceAndEachPostcodeDistrictOnlyOnce() {
        Set<String> names = new HashSet<>();
        Set<String> districts = new HashSet<>();
        for (Place place : dorset.places()) {
            assertTrue(names.add(place.name()), place.name() + " twice");
            place.postcodeDistricts().forEach(district ->
                    assertTrue(districts.add(district.code()), district + " twice"));
        }
    }

    @Test
    void givesOnlyRealOutwardCodesToTheMainTowns() {
        Pattern outwardCode = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
        for (Place place : dorset.places()) {
            place.postcodeDistricts().forEach(district ->
                    assertTrue(outwardCode.matcher(district.code()).matches(), district.code()));
        }
        assertEquals(List.of(PostcodeDistrict.of("DT1"), PostcodeDistrict.of("DT2")),
                dorset.place("Dorchester").orElseThrow().postcodeDistricts());
        assertTrue(dorset.place("Wool").orElseThrow().postcodeDistricts().isEmpty(), "Wool shares BH20 with Wareham");
    }

    @Test
    void refusesAFileThatGivesOneDistrictToTwoPlaces() {
        String csv = """
                name,latitude,longitude,postcode_districts
                Wareham,50.6862,-2.1100,BH20
                Wool,50.6806,-2.2190,BH20
                """;

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.read(new StringReader(csv), "test.csv"));
        assertTrue(refused.getMessage().contains("test.csv line 3"), refused.getMessage());
    }

    @Test
    void refusesSomethingThatIsNotAPostcodeDistrict() {
        assertThrows(IllegalArgumentException.class, () -> PostcodeDistrict.of("DT1 1XJ"));
        assertThrows(IllegalArgumentException.class, () -> PostcodeDistrict.of("Dorset"));
    }
}
