package care.circles.market.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ColourStepsTest {

    @Test
    void theSmallestIsLightestAndTheLargestDarkest() {
        ColourSteps steps = new ColourSteps(Arrays.asList(0L, 10L, null, 50L));
        assertEquals(0, steps.step(0));
        assertEquals(4, steps.step(50));
        assertEquals(0.2, steps.share(10), 1e-9);
    }

    @Test
    void theLegendCoversEveryFigureOnceInOrder() {
        List<ColourSteps.Step> legend = new ColourSteps(List.of(0L, 9L)).steps();
        assertEquals(5, legend.size());
        assertEquals(0, legend.get(0).from());
        assertEquals(9, legend.get(4).to());
        for (int i = 1; i < legend.size(); i++) {
            assertEquals(legend.get(i - 1).to() + 1, legend.get(i).from());
        }
    }

    @Test
    void fewerFiguresThanStepsLeaveEmptyStepsOut() {
        assertEquals(2, new ColourSteps(List.of(0L, 1L)).steps().size());
        assertEquals(1, new ColourSteps(List.of(4L, 4L)).steps().size());
    }
}
