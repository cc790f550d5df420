package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void readsUserAndSystemTicksEvenWhenTheCommandNameHasSpacesAndBrackets() {
        String stat = "4242 (java (bench) x) S 1 4242 4242 0 -1 4194560 9000 0 12 0 731 229 0 0 20 0 61 0 1234 0";
        assertEquals(731 + 229, ProcessCpu.ticks(stat));
    }

    @Test
    void countsTheCpuThisProcessSpendsDuringATurnAndLeavesOutProcessesThatAreGone() {
        ProcessCpu cpu = new ProcessCpu(Map.of("gone", Long.MAX_VALUE));
        assertTrue(!cpu.millis().containsKey("gone"));
        CpuTally tally = new CpuTally(cpu);
        tally.starting(0);
        long sum = 0;
        long until = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < until) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }
        tally.ended(0);
        assertTrue(sum > 0);
        double perRequest = tally.perRequest(0, 1).get("load_generator");
        assertTrue(perRequest > 0, "a busy loop of 0.3 s used some CPU: " + perRequest);
        assertTrue(tally.perRequest(1, 1).isEmpty(), "the other way had no turn");
    }
}
