package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000L;

    @Test
    void percentilesOfOneToAHundredMillisecondsAreTheNearestRanks() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();
        Latencies latencies = Latencies.of(shuffled);
        assertEquals(50.0, latencies.p50Ms());
        assertEquals(95.0, latencies.p95Ms());
        assertEquals(99.0, latencies.p99Ms());
        assertEquals(100.0, latencies.maxMs());
        assertEquals(50.5, latencies.meanMs());
    }

    @Test
    void percentileIsAlwaysATimeThatWasMeasuredNeverAnInterpolation() {
        Latencies latencies = Latencies.of(new long[] {10 * MS, 20 * MS});
        assertEquals(10.0, latencies.p50Ms());
        assertEquals(20.0, latencies.p95Ms());
    }

    @Test
    void oneSlowRequestInTwentyIsAboveTheP95() {
        long[] times = LongStream.range(0, 20).map(i -> i == 7 ? 900 * MS : 5 * MS).toArray();
        assertEquals(5.0, Latencies.of(times).p95Ms());
        assertEquals(900.0, Latencies.of(times).p99Ms());
    }

    @Test
    void millisecondsAreRoundedToHundredths() {
        assertEquals(1.23, Latencies.of(new long[] {1_234_567}).p50Ms());
    }

    @Test
    void refusesNoTimesNegativeTimesAndImpossiblePercentiles() {
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[0]));
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[] {1}).percentileMs(0));
        assertThrows(IllegalArgumentException.class, () -> Latencies.of(new long[] {1}).percentileMs(101));
    }

    @Test
    void ratioIsRoundedAndRefusesANonPositiveDenominator() {
        assertEquals(1.33, Latencies.ratio(4, 3));
        assertThrows(IllegalArgumentException.class, () -> Latencies.ratio(4, 0));
    }
}
