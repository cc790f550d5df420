package care.circles.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A closed-loop load: a fixed number of clients, each sending its next request as soon as the
 * previous one is answered, until a fixed number of requests has been sent. Each client is a
 * platform thread of a fixed pool (Java 17: no virtual threads), so "50 clients" means at most
 * 50 requests in flight at once.
 */
public final class ClosedLoad {

    /** One request; returns true when the answer was the one expected. */
    @FunctionalInterface
    public interface Request {
        boolean send(int index) throws Exception;
    }

    /** What one run measured: the times of every request, failures included, and how many failed. */
    public record Outcome(Latencies latencies, int failures, double seconds, String firstFailure) {

        public double requestsPerSecond() {
            return Latencies.round(latencies.count() / seconds);
        }

        /** Several runs as one: all their times, failures and seconds. */
        public static Outcome merged(List<Outcome> runs) {
            return new Outcome(Latencies.merged(runs.stream().map(Outcome::latencies).toList()),
                    runs.stream().mapToInt(Outcome::failures).sum(),
                    runs.stream().mapToDouble(Outcome::seconds).sum(),
                    runs.stream().map(Outcome::firstFailure).filter(java.util.Objects::nonNull).findFirst().orElse(null));
        }
    }

    /**
     * Two ways of answering the same requests, measured side by side: in {@code rounds} turns,
     * each sends the next {@code requests / rounds} requests (the same indexes for both), so both
     * meet the same moments of a shared, noisy machine. Their ratio means more than that of two
     * runs one after the other.
     *
     * @return the first way's outcome, then the second's
     */
    public static List<Outcome> alternating(int clients, int requests, int rounds, Request first, Request second)
            throws InterruptedException {
        return alternating(clients, requests, rounds, first, second, new Turns() { });
    }

    /** Told when each turn starts and ends; way 0 is the first way, 1 the second. */
    public interface Turns {
        default void starting(int way) {
        }

        default void ended(int way) {
        }
    }

    /** As {@link #alternating(int, int, int, Request, Request)}, telling {@code turns} of each turn. */
    public static List<Outcome> alternating(int clients, int requests, int rounds, Request first, Request second,
                                            Turns turns) throws InterruptedException {
        List<Outcome> firsts = new ArrayList<>();
        List<Outcome> seconds = new ArrayList<>();
        int perRound = requests / rounds;
        for (int round = 0; round < rounds; round++) {
            int offset = round * perRound;
            turns.starting(0);
            firsts.add(run(clients, perRound, i -> first.send(offset + i)));
            turns.ended(0);
            turns.starting(1);
            seconds.add(run(clients, perRound, i -> second.send(offset + i)));
            turns.ended(1);
        }
        return List.of(Outcome.merged(firsts), Outcome.merged(seconds));
    }

    private ClosedLoad() {
    }

    /**
     * @param clients  requests in flight at once
     * @param requests how many requests to send in all; request {@code i} gets index {@code i}
     */
    public static Outcome run(int clients, int requests, Request request) throws InterruptedException {
        return run(clients, requests, () -> false, request);
    }

    /**
     * As {@link #run(int, int, Request)}, stopping early (after the requests already sent) once
     * {@code enough} says so; at most {@code requests} are sent.
     */
    public static Outcome run(int clients, int requests, BooleanSupplier enough, Request request)
            throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "bench-client");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    while (!enough.getAsBoolean()) {
                        int i = next.getAndIncrement();
                        if (i >= requests) {
                            break;
                        }
                        long start = System.nanoTime();
                        boolean ok;
                        String problem = null;
                        try {
                            ok = request.send(i);
                            if (!ok) {
                                problem = "unexpected answer to request " + i;
                            }
                        } catch (Exception e) {
                            ok = false;
                            problem = e.toString();
                        }
                        nanos[i] = System.nanoTime() - start;
                        if (!ok) {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, problem);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                try {
                    client.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("A load client stopped", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // Every index a client took was sent, so the requests sent are exactly the first ones.
        long[] measured = java.util.Arrays.copyOf(nanos, Math.min(next.get(), requests));
        return new Outcome(Latencies.of(measured), failures.get(), seconds, firstFailure.get());
    }
}
