package care.circles.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives Elasticsearch cores of its own for a while, as it has on its own nodes in production: its
 * process (every thread, with {@code taskset -a}) on the last core, and every other process of the
 * run (Payara, MariaDB, this load generator) on the rest. Closing it puts everything back on all
 * cores. Threads started later inherit the cores of the thread that starts them, so the split
 * holds for the pools the servers grow meanwhile.
 * <p>
 * On a machine with one core, without {@code taskset}, or when a process cannot be moved, there is
 * no split and the caller says so rather than measuring something else under the same name.
 */
final class CoreSplit implements AutoCloseable {

    private final Map<Long, String> moved;
    private final String allCores;
    private final Map<String, String> layout;

    private CoreSplit(Map<Long, String> moved, String allCores, Map<String, String> layout) {
        this.moved = moved;
        this.allCores = allCores;
        this.layout = layout;
    }

    /**
     * @param pids the run's processes by name, one of them "elasticsearch"; this JVM is added
     * @return the split, or empty with the reason written to the log
     */
    static Optional<CoreSplit> elasticsearchApart(Map<String, Long> pids) {
        int cores = Runtime.getRuntime().availableProcessors();
        Long elasticsearch = pids.get("elasticsearch");
        if (cores < 2 || elasticsearch == null) {
            Benchmark.say("No core split: %d core(s), Elasticsearch pid %s", cores, elasticsearch);
            return Optional.empty();
        }
        String allCores = "0-" + (cores - 1);
        String apart = String.valueOf(cores - 1);
        String others = cores == 2 ? "0" : "0-" + (cores - 2);
        Map<Long, String> targets = new LinkedHashMap<>();
        targets.put(elasticsearch, apart);
        pids.forEach((name, pid) -> targets.putIfAbsent(pid, others));
        targets.putIfAbsent(ProcessHandle.current().pid(), others);
        Map<Long, String> moved = new LinkedHashMap<>();
        for (Map.Entry<Long, String> target : targets.entrySet()) {
            Optional<String> refused = pin(target.getKey(), target.getValue());
            if (refused.isPresent()) {
                Benchmark.say("No core split: %s", refused.get());
                moved.keySet().forEach(pid -> pin(pid, allCores));
                return Optional.empty();
            }
            moved.put(target.getKey(), target.getValue());
        }
        Map<String, String> layout = new LinkedHashMap<>();
        layout.put("elasticsearch", apart);
        layout.put("payara_mariadb_and_load_generator", others);
        return Optional.of(new CoreSplit(moved, allCores, layout));
    }

    /** Which cores each side had, for the results (cores numbered from 0). */
    Map<String, String> layout() {
        return layout;
    }

    @Override
    public void close() {
        List<String> refused = new ArrayList<>();
        moved.keySet().forEach(pid -> pin(pid, allCores).ifPresent(refused::add));
        if (!refused.isEmpty()) {
            Benchmark.say("Could not put every process back on all cores: %s", refused);
        }
    }

    /** {@code taskset -a -p -c cores pid}: empty when done, else why not. */
    private static Optional<String> pin(long pid, String cores) {
        // taskset -a answers 0 for a process that is not there, having moved nothing.
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return Optional.of("process " + pid + " is not running");
        }
        try {
            Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cores, String.valueOf(pid))
                    .redirectErrorStream(true).start();
            String output = new String(taskset.getInputStream().readAllBytes()).strip();
            return taskset.waitFor() == 0 ? Optional.empty()
                    : Optional.of("taskset could not move process " + pid + " to cores " + cores + ": " + output);
        } catch (IOException e) {
            return Optional.of("taskset is not available (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while moving process " + pid);
        }
    }
}
