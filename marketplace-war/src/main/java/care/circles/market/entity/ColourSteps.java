package care.circles.market.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Five equal steps from the smallest figure to the largest, each with a colour from light to
 * dark blue (a scale that people with the common colour-vision differences can still read).
 * Colour is never the only clue: the map also sizes each circle and writes its figure.
 */
public final class ColourSteps {

    static final List<String> COLOURS = List.of("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c");

    private final long min;
    private final long max;

    public ColourSteps(Collection<Long> values) {
        List<Long> known = values.stream().filter(Objects::nonNull).toList();
        this.min = known.stream().mapToLong(Long::longValue).min().orElse(0);
        this.max = known.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** 0 (lightest) to 4 (darkest). */
    public int step(long value) {
        if (max == min) {
            return value == 0 ? 0 : COLOURS.size() - 1;
        }
        int step = (int) ((value - min) * COLOURS.size() / (max - min + 1));
        return Math.max(0, Math.min(COLOURS.size() - 1, step));
    }

    public String colour(long value) {
        return COLOURS.get(step(value));
    }

    /** Where the figure sits between the smallest and the largest, 0 to 1. */
    public double share(long value) {
        return max == min ? (value == 0 ? 0 : 1) : (double) (value - min) / (max - min);
    }

    /** Each step's colour with the lowest and highest figure it stands for; empty steps left out. */
    public List<Step> steps() {
        if (max == min) {
            return List.of(new Step(colour(min), min, max));
        }
        int count = COLOURS.size();
        long span = max - min + 1;
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long from = min + ceilDiv(i * span, count);
            long to = min + ceilDiv((i + 1) * span, count) - 1;
            if (from <= to) {
                steps.add(new Step(COLOURS.get(i), from, to));
            }
        }
        return steps;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    public record Step(String colour, long from, long to) {
    }
}
