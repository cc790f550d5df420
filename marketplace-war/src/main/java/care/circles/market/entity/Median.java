package care.circles.market.entity;

import java.util.Collection;
import java.util.Optional;

/** The middle of a set of whole amounts, such as hourly rates in pence. */
public final class Median {

    private Median() {
    }

    /**
     * The middle value; for an even number of values, the mean of the two middle ones rounded
     * down to a whole penny (so it never overstates what PAs ask). Nothing for no values.
     */
    public static Optional<Long> of(Collection<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return Optional.of(sorted[middle]);
        }
        return Optional.of(Math.floorDiv(sorted[middle - 1] + sorted[middle], 2));
    }
}
