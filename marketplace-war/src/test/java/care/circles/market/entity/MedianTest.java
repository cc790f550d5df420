package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void isTheMiddleValueOfAnOddNumberWhateverTheOrder() {
        assertEquals(Optional.of(1300L), Median.of(List.of(1500L, 1250L, 1300L)));
    }

    @Test
    void isTheMeanOfTheTwoMiddleValuesRoundedDownToAPenny() {
        assertEquals(Optional.of(1275L), Median.of(List.of(1250L, 1300L)));
        assertEquals(Optional.of(1275L), Median.of(List.of(1300L, 1251L, 1200L, 1400L)));
    }

    @Test
    void ofOneValueIsThatValue() {
        assertEquals(Optional.of(1250L), Median.of(List.of(1250L)));
    }

    @Test
    void ofNothingIsNothing() {
        assertTrue(Median.of(List.of()).isEmpty());
    }
}
