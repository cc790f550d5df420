package care.circles.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code bench/run} tells the benchmark, as system properties: where the servers are,
 * how many requests to send, and what the script itself timed (start-up, seed load) and the
 * process ids whose memory to read.
 */
public record Settings(URI app, URI es, String jdbcUrl, String user, String password, Path outputDirectory,
                       int requests, int warmup, int sqlRequests, int pageRequests, int distinctQueries,
                       int lagRate, int lagSeconds, Double coldStartSeconds, Map<String, Double> coldStartParts,
                       Double seedLoadSeconds, Map<String, Long> pids, Optional<Path> baseline,
                       int cardRate, int cardSeconds, int cardWarmupSeconds, String webhookSecret) {

    public static Settings fromSystemProperties() {
        Map<String, Double> parts = new LinkedHashMap<>();
        for (String part : new String[] {"mariadb", "elasticsearch", "seed_load", "payara_to_ready"}) {
            number("bench.start." + part).ifPresent(seconds -> parts.put(part, seconds));
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String process : new String[] {"payara", "mariadb", "elasticsearch"}) {
            String pid = System.getProperty("bench.pid." + process);
            if (pid != null && !pid.isBlank()) {
                pids.put(process, Long.valueOf(pid.strip()));
            }
        }
        Path out = Path.of(System.getProperty("bench.out", "bench"));
        Path before = out.resolve("results-before.json");
        return new Settings(
                URI.create(System.getProperty("bench.app", "http://127.0.0.1:18180")),
                URI.create(System.getProperty("bench.es", "http://127.0.0.1:19250")),
                required("bench.jdbc"), System.getProperty("bench.user", "circles"),
                System.getProperty("bench.password", "circles"), out,
                integer("bench.requests", 2000), integer("bench.warmup", 300), integer("bench.sqlRequests", 150),
                integer("bench.pageRequests", 1000), integer("bench.queries", 200),
                integer("bench.lagRate", 50), integer("bench.lagSeconds", 30),
                number("bench.coldStart").orElse(null), parts, number("bench.seedLoad").orElse(null), pids,
                Files.exists(before) ? Optional.of(before) : Optional.empty(),
                integer("bench.cardRate", 100), integer("bench.cardSeconds", 30), integer("bench.cardWarmupSeconds", 5),
                System.getProperty("bench.webhookSecret", "whsec_circles_bench"));
    }

    /** The request counts, for results.json: a figure means little without them. */
    public Map<String, Object> describe() {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("requests_per_level", requests);
        described.put("warmup_requests", warmup);
        described.put("sql_requests_per_level", sqlRequests);
        described.put("search_page_requests", pageRequests);
        described.put("distinct_queries", distinctQueries);
        described.put("query_mix_seed", SearchMix.SEED);
        described.put("lag_writes_per_second", lagRate);
        described.put("lag_seconds", lagSeconds);
        described.put("card_requests_per_second", cardRate);
        described.put("card_seconds", cardSeconds);
        return described;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set -D" + name);
        }
        return value;
    }

    private static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    }

    private static Optional<Double> number(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Double.valueOf(value));
    }
}
