package care.circles.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CoreSplitTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void putsElasticsearchOnTheLastCoreAndTheRestElsewhereThenEverythingBack() throws Exception {
        assumeTrue(CORES >= 2 && Files.exists(Path.of("/proc/self/status")), "needs Linux and two cores");
        Process elasticsearch = new ProcessBuilder("sleep", "60").start();
        Process payara = new ProcessBuilder("sleep", "60").start();
        try {
            String all = coresOf(ProcessHandle.current().pid());
            Optional<CoreSplit> split = CoreSplit.elasticsearchApart(Map.of("elasticsearch", elasticsearch.pid(),
                    "payara", payara.pid()));
            assertTrue(split.isPresent(), "taskset is on this machine, so the cores can be split");
            String last = String.valueOf(CORES - 1);
            String others = CORES == 2 ? "0" : "0-" + (CORES - 2);
            try (CoreSplit cores = split.get()) {
                assertEquals(last, coresOf(elasticsearch.pid()));
                assertEquals(others, coresOf(payara.pid()));
                assertEquals(others, coresOf(ProcessHandle.current().pid()), "the load generator is with the others");
                assertEquals(Map.of("elasticsearch", last, "payara_mariadb_and_load_generator", others), cores.layout());
            }
            assertEquals(all, coresOf(elasticsearch.pid()));
            assertEquals(all, coresOf(payara.pid()));
            assertEquals(all, coresOf(ProcessHandle.current().pid()));
        } finally {
            elasticsearch.destroy();
            payara.destroy();
        }
    }

    @Test
    void noSplitWithoutAnElasticsearchProcess() {
        assertTrue(CoreSplit.elasticsearchApart(Map.of("payara", ProcessHandle.current().pid())).isEmpty());
    }

    @Test
    void noSplitWhenAProcessCannotBeMovedAndTheOthersAreLeftOnAllCores() throws Exception {
        assumeTrue(CORES >= 2 && Files.exists(Path.of("/proc/self/status")), "needs Linux and two cores");
        Process elasticsearch = new ProcessBuilder("sleep", "60").start();
        try {
            String all = coresOf(elasticsearch.pid());
            // Elasticsearch is moved first; then a process id that no process has, which taskset refuses.
            assertTrue(CoreSplit.elasticsearchApart(Map.of("elasticsearch", elasticsearch.pid(), "payara", 999_999_999L))
                    .isEmpty());
            assertEquals(all, coresOf(elasticsearch.pid()), "what was moved before the refusal is put back");
            assertEquals(all, coresOf(ProcessHandle.current().pid()));
        } finally {
            elasticsearch.destroy();
        }
    }

    /** The cores a process may run on, as the kernel lists them ("0-1", "1"). */
    private static String coresOf(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith("Cpus_allowed_list:"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElseThrow();
    }
}
