package care.circles.market.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's value axis: from zero (or below, for negative figures) to a round number at or
 * above the largest figure, in steps of 1, 2 or 5 times a power of ten, about four of them.
 */
public record ChartScale(long lower, long upper, long step) {

    private static final int ABOUT_STEPS = 4;

    public static ChartScale covering(long smallest, long largest) {
        long low = Math.min(0, smallest);
        long high = Math.max(Math.max(0, largest), low + 1);
        long step = roundStep((high - low + ABOUT_STEPS - 1) / ABOUT_STEPS);
        return new ChartScale(Math.floorDiv(low, step) * step, -Math.floorDiv(-high, step) * step, step);
    }

    private static long roundStep(long atLeast) {
        long power = 1;
        while (true) {
            for (long multiple : new long[] {1, 2, 5}) {
                if (multiple * power >= atLeast) {
                    return multiple * power;
                }
            }
            power *= 10;
        }
    }

    /** The figures where the axis has a tick and a grid line, lowest first. */
    public List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        for (long tick = lower; tick <= upper; tick += step) {
            ticks.add(tick);
        }
        return ticks;
    }

    /** Where a figure sits on the axis, 0 at the bottom to 1 at the top. */
    public double position(long value) {
        return (double) (value - lower) / (upper - lower);
    }
}
