package care.circles.place.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeDistrictTest {

    @ParameterizedTest
    @CsvSource({"DT1, DT1", "dt1, DT1", "BH21, BH21", "' sp8 ', SP8", "DT1 1XJ, DT1", "bh211aa, BH21", "W1A, W1A"})
    void readsDistrictsAndFullPostcodes(String typed, String district) {
        assertEquals(district, PostcodeDistrict.parse(typed).orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dorchester", "1DT", "DT", "DTX1", "DT1 1X", "", "   "})
    void readsNothingFromTextThatIsNotAPostcode(String typed) {
        assertTrue(PostcodeDistrict.parse(typed).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dt1", "DT1 1XJ", "Dorset"})
    void refusesToBeBuiltFromAnythingButAnUpperCaseDistrict(String code) {
        assertThrows(IllegalArgumentException.class, () -> new PostcodeDistrict(code));
    }
}
