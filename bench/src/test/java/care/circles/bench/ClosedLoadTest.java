package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ClosedLoadTest {

    @Test
    void sendsEachRequestIndexExactlyOnceAndTimesEveryOne() throws Exception {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        ClosedLoad.Outcome outcome = ClosedLoad.run(5, 200, i -> seen.add(i));
        assertEquals(200, seen.size());
        assertEquals(200, outcome.latencies().count());
        assertEquals(0, outcome.failures());
    }

    @Test
    void twoWaysTakeTurnsWithTheSameRequestsAndEachIsMeasuredAsOneRun() throws Exception {
        java.util.List<String> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Set<Integer> firstSeen = ConcurrentHashMap.newKeySet();
        Set<Integer> secondSeen = ConcurrentHashMap.newKeySet();
        java.util.List<ClosedLoad.Outcome> outcomes = ClosedLoad.alternating(1, 40, 4, i -> {
            order.add("first");
            return firstSeen.add(i);
        }, i -> {
            order.add("second");
            return secondSeen.add(i) && i != 7;
        });

        assertEquals(firstSeen, secondSeen, "both ways answer the same requests");
        assertEquals(40, firstSeen.size());
        assertEquals(40, outcomes.get(0).latencies().count());
        assertEquals(40, outcomes.get(1).latencies().count());
        assertEquals(0, outcomes.get(0).failures());
        assertEquals(1, outcomes.get(1).failures(), "failures are kept in the merged run");
        for (int turn = 0; turn < 8; turn++) {
            String expected = turn % 2 == 0 ? "first" : "second";
            assertEquals(java.util.Collections.nCopies(10, expected), order.subList(turn * 10, turn * 10 + 10),
                    "turn " + turn + " is all " + expected);
        }
    }

    @Test
    void neverHasMoreRequestsInFlightThanClients() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ClosedLoad.run(3, 60, i -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            Thread.sleep(2);
            inFlight.decrementAndGet();
            return true;
        });
        assertTrue(most.get() <= 3, "at most 3 in flight, saw " + most.get());
        assertTrue(most.get() >= 2, "clients run side by side");
    }

    @Test
    void countsUnexpectedAnswersAndExceptionsAsFailures() throws Exception {
        ClosedLoad.Outcome outcome = ClosedLoad.run(2, 10, i -> {
            if (i == 3) {
                throw new IllegalStateException("refused");
            }
            return i != 5;
        });
        assertEquals(2, outcome.failures());
        assertEquals(10, outcome.latencies().count());
        assertTrue(outcome.firstFailure() != null);
    }

    @Test
    void stopsEarlyWhenToldAndTimesOnlyWhatWasSent() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        ClosedLoad.Outcome outcome = ClosedLoad.run(2, 1_000_000, () -> sent.get() >= 50, i -> {
            sent.incrementAndGet();
            return true;
        });
        assertEquals(sent.get(), outcome.latencies().count());
        assertTrue(sent.get() < 100);
    }
}
