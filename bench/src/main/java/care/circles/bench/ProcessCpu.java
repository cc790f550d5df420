package care.circles.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time used so far by the processes of a run (user plus system, from {@code /proc/<pid>/stat}),
 * in milliseconds. Read before and after a stretch of work, it says how much CPU each process spent
 * on it: a figure the machine's other load disturbs far less than response times.
 */
final class ProcessCpu {

    private final Map<String, Long> pids;
    private final double millisPerTick;

    /** @param pids process name → process id; this JVM (the load generator) is added as "load_generator" */
    ProcessCpu(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.pids.put("load_generator", ProcessHandle.current().pid());
        this.millisPerTick = 1000.0 / ticksPerSecond();
    }

    /** Each process's CPU so far; a process that is gone is left out. */
    Map<String, Double> millis() {
        Map<String, Double> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            try {
                used.put(name, ticks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))) * millisPerTick);
            } catch (IOException | RuntimeException gone) {
                // Not there (or not Linux): no figure rather than a wrong one.
            }
        });
        return used;
    }

    /** utime + stime: fields 14 and 15 of the stat line, counted after the command name in brackets. */
    static long ticks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The kernel's clock ticks per second for these figures (USER_HZ; 100 on almost every Linux). */
    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes()).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
