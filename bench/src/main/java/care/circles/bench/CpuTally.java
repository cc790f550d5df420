package care.circles.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds up, for each of two ways taking turns ({@link ClosedLoad#alternating}), the CPU each process
 * spent during that way's turns: how much CPU one search costs each process, asked one way or the other.
 */
final class CpuTally implements ClosedLoad.Turns {

    private final ProcessCpu cpu;
    private final Map<Integer, Map<String, Double>> spent = new LinkedHashMap<>();
    private Map<String, Double> atStart = Map.of();

    CpuTally(ProcessCpu cpu) {
        this.cpu = cpu;
    }

    @Override
    public void starting(int way) {
        atStart = cpu.millis();
    }

    @Override
    public void ended(int way) {
        Map<String, Double> now = cpu.millis();
        Map<String, Double> total = spent.computeIfAbsent(way, w -> new LinkedHashMap<>());
        now.forEach((process, millis) -> {
            Double before = atStart.get(process);
            if (before != null) {
                total.merge(process, millis - before, Double::sum);
            }
        });
    }

    /** Milliseconds of CPU per request for each process during this way's turns. */
    Map<String, Double> perRequest(int way, int requests) {
        Map<String, Double> each = new LinkedHashMap<>();
        spent.getOrDefault(way, Map.of()).forEach((process, millis) -> each.put(process, Latencies.round(millis / requests)));
        return each;
    }
}
