package care.circles.bench;

import java.util.Arrays;

/**
 * Response times of one measured run, in nanoseconds, and their percentiles in milliseconds.
 * Percentiles use the nearest-rank method: p95 is the smallest time that at least 95% of the
 * requests took no longer than, always one of the times measured (never interpolated).
 */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    /** @throws IllegalArgumentException for no times at all or a negative time */
    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("No response times were measured");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted[0] < 0) {
            throw new IllegalArgumentException("A response time cannot be negative: " + sorted[0]);
        }
        return new Latencies(sorted);
    }

    /** The times of several runs together, as one run. */
    public static Latencies merged(java.util.List<Latencies> runs) {
        long[] all = runs.stream().flatMapToLong(run -> Arrays.stream(run.sortedNanos)).toArray();
        return of(all);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** @param percent above 0, up to 100 */
    public double percentileMs(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("A percentile is above 0 and at most 100: " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return millis(sortedNanos[Math.max(rank, 1) - 1]);
    }

    public double p50Ms() {
        return percentileMs(50);
    }

    public double p95Ms() {
        return percentileMs(95);
    }

    public double p99Ms() {
        return percentileMs(99);
    }

    public double maxMs() {
        return millis(sortedNanos[sortedNanos.length - 1]);
    }

    public double meanMs() {
        double sum = 0;
        for (long nanos : sortedNanos) {
            sum += nanos;
        }
        return round(sum / sortedNanos.length / 1_000_000.0);
    }

    /** Hundredths of a millisecond are more than this machine can resolve; keeps the JSON readable. */
    static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static double millis(long nanos) {
        return round(nanos / 1_000_000.0);
    }

    /** The ratio of two figures, to two decimals, as the results show it. */
    public static double ratio(double numerator, double denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("A ratio needs a positive denominator: " + denominator);
        }
        return round(numerator / denominator);
    }
}
