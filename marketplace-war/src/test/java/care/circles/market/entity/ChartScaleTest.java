package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChartScaleTest {

    @Test
    void startsAtZeroAndEndsOnARoundNumberAtOrAboveTheLargest() {
        ChartScale scale = ChartScale.covering(3, 37);
        assertEquals(new ChartScale(0, 40, 10), scale);
        assertEquals(List.of(0L, 10L, 20L, 30L, 40L), scale.ticks());
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(2, ChartScale.covering(0, 7).step());
        assertEquals(500, ChartScale.covering(0, 1340).step());
        assertEquals(1, ChartScale.covering(0, 0).step(), "all zero still makes an axis");
    }

    @Test
    void reachesBelowZeroForNegativeFigures() {
        ChartScale scale = ChartScale.covering(-30, 70);
        assertEquals(-50, scale.lower());
        assertEquals(100, scale.upper());
        assertEquals(0.0, scale.position(scale.lower()));
        assertEquals(1.0, scale.position(scale.upper()));
    }
}
