package care.circles.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Turns one run's figures into {@code results.json} (the keys of shared/BENCH.md plus details)
 * and {@code RESULTS.md}: the figures beside their targets, and beside an earlier run's figures
 * when {@code results-before.json} is there.
 */
public final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A figure of BENCH.md, what it means, and its target when the project set one. */
    record Row(String key, String what, String target, Target check) {
    }

    @FunctionalInterface
    interface Target {
        boolean met(double value);
    }

    static final List<Row> ROWS = List.of(
            new Row("listings", "PAs, care organisations and day opportunities in the search indices", "", null),
            new Row("search_api_p50_ms", "`GET /api/v1/pas`, 50 clients, p50 (ms)", "", null),
            new Row("search_api_p95_ms", "`GET /api/v1/pas`, 50 clients, p95 (ms)", "≤ 30", v -> v <= 30),
            new Row("search_api_p99_ms", "`GET /api/v1/pas`, 50 clients, p99 (ms)", "", null),
            new Row("search_es_p95_ms", "the same query straight to Elasticsearch, 50 clients, p95 (ms)", "", null),
            new Row("api_to_es_p95_ratio", "API p95 / Elasticsearch p95, all on the same cores", "≤ 1.3", v -> v <= 1.3),
            new Row("api_to_es_p95_ratio_es_apart", "API p95 / Elasticsearch p95, Elasticsearch on a core of its own, 50 clients",
                    "≤ 1.3", v -> v <= 1.3),
            new Row("search_mysql_p95_ms", "the same search as plain SQL (LIKE + box), 50 clients, p95 (ms)", "", null),
            new Row("es_to_mysql_p95_ratio", "API p95 / SQL p95 (below 1: the search engine is faster)", "", null),
            new Row("index_lag_p50_ms", "commit → searchable at 50 writes/s, p50 (ms)", "", null),
            new Row("index_lag_p95_ms", "commit → searchable at 50 writes/s, p95 (ms)", "≤ 1000", v -> v <= 1000),
            new Row("reindex_100k_s", "full rebuild of the PA index (s)", "", null),
            new Row("reindex_failed_searches", "searches that failed during the rebuild", "0", v -> v == 0),
            new Row("search_page_p95_ms", "server render of /search.xhtml, 10 clients, p95 (ms)", "≤ 150", v -> v <= 150),
            new Row("cold_start_s", "from starting MariaDB to /health/ready UP, Maven build excluded (s)", "", null));

    private final Map<String, Object> results;
    private final JsonNode tree;
    private final Optional<JsonNode> before;

    public Report(Map<String, Object> results, Optional<Path> baseline) {
        this.results = results;
        this.tree = JSON.valueToTree(results);
        this.before = baseline.map(Report::read);
    }

    public String json() {
        try {
            return JSON.writeValueAsString(results) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String markdown(Path changes) throws IOException {
        StringBuilder md = new StringBuilder();
        JsonNode machine = tree.path("machine");
        md.append("# Benchmark results\n\n");
        md.append(String.format("Measured by `bench/run` on %s: %d cores, %.1f GiB, %s. The machine is shared: load average "
                        + "(1/5/15 min) %s at the start and %s at the end, so read the ratios before the absolute numbers.%n%n",
                machine.path("when").asText(), machine.path("cores").asInt(), machine.path("memory_gib").asDouble(),
                machine.path("java").asText(), tree.path("load_average_start"), tree.path("load_average_end")));
        md.append("Figures are in `bench/results.json` (keys as in shared/BENCH.md, plus details).");
        before.ifPresent(b -> md.append(" \"Before\" is the run in `bench/results-before.json`, with the application as it was "
                + "before the changes described at the end; \"after / before\" below 1 is better for times."));
        md.append("\n\n");

        md.append(before.isPresent() ? "| Figure | Key | Result | Target | Met | Before | After / before |\n|---|---|---:|---:|:-:|---:|---:|\n"
                : "| Figure | Key | Result | Target | Met |\n|---|---|---:|---:|:-:|\n");
        for (Row row : ROWS) {
            JsonNode value = tree.path(row.key());
            String figure = value.isMissingNode() || value.isNull() ? "not measured" : number(value.asDouble());
            String met = row.check() == null || !value.isNumber() ? "" : row.check().met(value.asDouble()) ? "yes" : "**no**";
            md.append(String.format("| %s | `%s` | %s | %s | %s |", row.what(), row.key(), figure, row.target(), met));
            before.ifPresent(b -> {
                JsonNode old = b.path(row.key());
                boolean comparable = old.isNumber() && value.isNumber() && old.asDouble() > 0;
                md.append(String.format(" %s | %s |", old.isNumber() ? number(old.asDouble()) : "",
                        comparable ? number(value.asDouble() / old.asDouble()) : ""));
            });
            md.append('\n');
        }
        JsonNode p50 = tree.path("card_auth_p50_ms");
        JsonNode p99 = tree.path("card_auth_p99_ms");
        md.append(String.format("| Card authorization decision at %s requests/s, p50 / p99 (ms) | `card_auth_p50_ms`, `card_auth_p99_ms` | %s | p99 ≤ 50 | %s |",
                        tree.path("card_auth").path("rate_per_second").asText("100"),
                        p50.isNumber() ? number(p50.asDouble()) + " / " + number(p99.asDouble()) : "not measured",
                        p99.isNumber() ? (p99.asDouble() <= 50 ? "yes" : "**no**") : ""))
                .append(before.map(b -> b.path("card_auth_p99_ms").isNumber() && p99.isNumber()
                        ? " " + number(b.path("card_auth_p50_ms").asDouble()) + " / " + number(b.path("card_auth_p99_ms").asDouble())
                                + " | " + number(p99.asDouble() / b.path("card_auth_p99_ms").asDouble()) + " (p99) |"
                        : " | |").orElse("")).append('\n');
        JsonNode rss = tree.path("rss_mb");
        md.append(String.format("| Resident memory after the run (MB) | `rss_mb` | Payara %s, MariaDB %s, Elasticsearch %s | | |%s%n%n",
                rss.path("payara").asText("?"), rss.path("mariadb").asText("?"), rss.path("elasticsearch").asText("?"),
                before.isPresent() ? " | |" : ""));

        md.append("## Search latency by number of clients\n\n");
        md.append("Closed loop: each client sends its next search when the last is answered; the API and Elasticsearch take turns with the same searches. Milliseconds.\n\n");
        md.append("| Clients | API p50 | API p95 | API p99 | API/s | ES p50 | ES p95 | ES p99 | ES/s | API/ES p95 | SQL p50 | SQL p95 | SQL/s |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String level : new String[] {"1_clients", "10_clients", "50_clients"}) {
            JsonNode api = tree.path("search_api_by_clients").path(level);
            JsonNode es = tree.path("search_es_by_clients").path(level);
            JsonNode sql = tree.path("search_mysql_by_clients").path(level);
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    level.replace("_clients", ""), n(api, "p50_ms"), n(api, "p95_ms"), n(api, "p99_ms"), n(api, "per_second"),
                    n(es, "p50_ms"), n(es, "p95_ms"), n(es, "p99_ms"), n(es, "per_second"),
                    es.path("p95_ms").asDouble() > 0 ? number(api.path("p95_ms").asDouble() / es.path("p95_ms").asDouble()) : "",
                    n(sql, "p50_ms"), n(sql, "p95_ms"), n(sql, "per_second")));
        }
        JsonNode cpu = tree.path("search_cpu_ms_per_search");
        if (!cpu.isMissingNode()) {
            md.append("\nCPU per search, in milliseconds, from each process's CPU time (user + system) during its turns. "
                    + "\"Share\" is the application's part of what a search through the API costs the servers.\n\n");
            md.append("| Clients | Through the API: Payara | Elasticsearch | MariaDB | Load generator | Share | "
                    + "Elasticsearch alone: Elasticsearch | Load generator |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String level : new String[] {"1_clients", "10_clients", "50_clients"}) {
                JsonNode viaApi = cpu.path(level).path("api");
                JsonNode alone = cpu.path(level).path("elasticsearch_alone");
                double payara = viaApi.path("payara").asDouble();
                double servers = payara + viaApi.path("elasticsearch").asDouble() + viaApi.path("mariadb").asDouble();
                md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", level.replace("_clients", ""),
                        n(viaApi, "payara"), n(viaApi, "elasticsearch"), n(viaApi, "mariadb"), n(viaApi, "load_generator"),
                        servers > 0 ? Math.round(100 * payara / servers) + "%" : "",
                        n(alone, "elasticsearch"), n(alone, "load_generator")));
            }
        }
        JsonNode floor = tree.path("search_api_floor");
        if (!floor.isMissingNode()) {
            JsonNode floorCpu = floor.path("cpu_ms_per_request");
            JsonNode es50 = cpu.path("50_clients").path("elasticsearch_alone");
            double esAlone = es50.path("elasticsearch").asDouble();
            md.append(String.format("%nThe server's own floor: the same searches with `page=0`, which the application refuses (400) "
                            + "without asking Elasticsearch, cost Payara %s ms of CPU each at 50 clients (p95 %s ms, %s/s). "
                            + "Every API request pays that for HTTP, security and JAX-RS before any search work, so on "
                            + "shared cores the best API/ES ratio the stack could reach with no application work at all is "
                            + "about (floor + Elasticsearch) / Elasticsearch = %s.%n",
                    n(floorCpu, "payara"), n(floor, "p95_ms"), n(floor, "per_second"),
                    esAlone > 0 ? number((floorCpu.path("payara").asDouble() + esAlone) / esAlone) : "?"));
        }
        md.append(elasticsearchApart());
        JsonNode count = tree.path("search_mysql_count");
        md.append(String.format("%nThe SQL first page needs no total; the same searches as `COUNT(*)` (what the API's `total` "
                + "answers) took p50 %s ms, p95 %s ms at 10 clients.%n%n", n(count, "p50_ms"), n(count, "p95_ms")));

        md.append(METHOD.formatted(
                tree.path("es_query_check").path("same_total").asInt(), tree.path("es_query_check").path("distinct_queries").asInt(),
                tree.path("es_query_check").path("same_first_page").asInt(), tree.path("es_query_check").path("distinct_queries").asInt(),
                tree.path("index_lag").path("poll_interval_ms").asInt(),
                tree.path("index_lag").path("changes_written").asInt(), tree.path("index_lag").path("writes_per_second").asDouble(),
                tree.path("index_lag").path("never_seen_within_15s").asInt(),
                tree.path("reindex").path("searches_during").asInt(), tree.path("reindex").path("searches_with_a_changed_total").asInt(),
                tree.path("reindex").path("search_p95_ms_during").asDouble(), tree.path("reindex").path("server_reported_s").asText(),
                tree.path("reindex").path("council_requests_refused_403_then_retried").asInt(),
                tree.path("search_page").path("cpu_ms_per_render").isMissingNode() ? "not measured"
                        : tree.path("search_page").path("cpu_ms_per_render").toString(),
                tree.path("cold_start_parts_s").toString(), tree.path("seed_load_100k_s").asText(), cardMethod()));
        if (Files.exists(changes)) {
            md.append("\n").append(Files.readString(changes).strip()).append("\n");
        }
        return md.toString();
    }

    /** The turns measured again with Elasticsearch on a core of its own, when the run could split the cores. */
    private String elasticsearchApart() {
        JsonNode apart = tree.path("search_es_apart");
        if (apart.isMissingNode()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format("%n### Elasticsearch on a core of its own%n%n"
                + "In production Elasticsearch runs on nodes of its own, so the API's work does not slow it down. The same "
                + "turns were measured again with Elasticsearch's process on core %s and Payara, MariaDB and the load "
                + "generator on core %s (`taskset`; put back on all cores afterwards). Each side then has one core: at 50 "
                + "clients Elasticsearch answers fewer searches a second than with two, so the times are longer than above, "
                + "while at 1 client they are shorter, with nothing else on its core. The ratio is what going through the "
                + "API adds to a search.%n%n",
                apart.path("cores").path("elasticsearch").asText(),
                apart.path("cores").path("payara_mariadb_and_load_generator").asText()));
        md.append("| Clients | API p50 | API p95 | API/s | ES p50 | ES p95 | ES/s | API/ES p95 | Payara CPU per search | "
                + "ES CPU per search, through the API / alone |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String level : new String[] {"1_clients", "10_clients", "50_clients"}) {
            JsonNode row = apart.path(level);
            JsonNode api = row.path("api");
            JsonNode es = row.path("es");
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s |%n", level.replace("_clients", ""),
                    n(api, "p50_ms"), n(api, "p95_ms"), n(api, "per_second"), n(es, "p50_ms"), n(es, "p95_ms"),
                    n(es, "per_second"), n(row, "api_to_es_p95_ratio"), n(row.path("cpu_ms_per_search_api"), "payara"),
                    n(row.path("cpu_ms_per_search_api"), "elasticsearch"),
                    n(row.path("cpu_ms_per_search_elasticsearch_alone"), "elasticsearch")));
        }
        return md.toString();
    }

    private static final String METHOD = """
            ## How each figure was measured

            - **Queries**: a fixed mix of 200 searches from a seeded generator (`SearchMix`): words from the demo \
            profiles (dementia, cooking, companionship, gardening, retired nurse, …, with typos such as "demenita"), gazetteer \
            towns at 5–40 km, sometimes a skill (`skills=DEMENTIA`) or a time (`available=MONDAY_MORNING`) filter, sorted by \
            relevance, distance or rate. Every measurement sends the same mix in the same order, after a warm-up.
            - **Elasticsearch directly**: the raw `_search` body is the same query that `PaSearch` builds (same bool query, \
            fuzzy AND match, boosts, geo-distance and term filters, sort, page, total hits, the five facet aggregations, \
            the car count, and only the fields a result shows), sent to the same `pas` alias with the same `filter_path` (only the \
            parts of the answer the application reads). Checked before timing: %d of %d searches gave the same total and \
            %d of %d the same first page both ways.
            - **Plain SQL**: the same search in MariaDB as it would be written without a search engine: each word as \
            `display_name LIKE '%%w%%' OR about_me LIKE '%%w%%'`, a latitude/longitude box around the town joined through \
            `pa_profile.place_id → place`, `EXISTS` for skills and times, the first 20 rows in the same order; one JDBC \
            connection per client. It has no stemming, typo tolerance, relevance or facet counts.
            - **Index lag**: 50 profile changes a second, each written as the application writes one (one JDBC transaction: \
            lock the `pa_profile` row, update it, insert a `search_outbox` row with the whole listing in `PaListing` shape, \
            commit). The bench cannot sign in as thousands of PAs, so nothing in the application is told of the change: \
            its outbox relay finds it by polling, as it finds changes written by another server of a cluster. A poller \
            searches the `pas` alias every %d ms; lag is from commit to the first search that returns the new text. \
            %d changes written at %.1f/s, %d not seen within 15 s. The last change was then also searched through the API.
            - **Reindex**: signed in as the demo council user through the sign-in form, pressed "Rebuild the PA index" on \
            /council/search-index.xhtml (Faces post with the page's view state), and polled `GET /api/v1/admin/pa-index` \
            every 200 ms until FINISHED; the time is from the post to that answer. Meanwhile 10 clients searched without \
            pause (%d searches); a search failed if it did not answer 200 or answered a different total from the same \
            search just before the rebuild (%d did). Search p95 during the rebuild: %.1f ms. Server's own figure: %s s. \
            Council page and progress requests refused with 403 under this load although signed in (an earlier \
            defect, fixed by keeping who is signed in in the session; still counted, and retried): %d.
            - **Search page**: `GET /search.xhtml?q=…&near=…` with the mix's parameters, the whole HTML, 10 clients, as a \
            visitor who is not signed in (no cookies kept). CPU per render (ms, all of it, the search included): %s.
            - **Cold start**: `bench/run`'s own start on empty data folders, the same steps as `./circles start` (MariaDB, \
            Elasticsearch, schema and 100,000 demo PAs, Payara Micro, then the PA index is built from the database in the \
            background until `/health/ready` says UP); the Maven build is not included. Parts (s): %s. The 100k seed load \
            alone: %s s.
            - **Memory**: VmRSS of the Payara Micro, mariadbd and Elasticsearch processes at the end of the run.
            %s
            - The load generator (Java 17 `HttpClient`, fixed thread pools, no virtual threads) runs on the same 2 cores as \
            the servers (in the split turns, on the core Payara and MariaDB have); the machine is shared, so its load average is given at the start and end. The API and \
            Elasticsearch rows at each number of clients are measured side by side: they take turns, four each, with \
            the same searches, so both meet the same moments of the machine. A run with `BENCH_JFR=1` also records \
            Payara with Java Flight Recorder (profile settings), which adds to Payara's CPU per search; the section \
            below says which runs did.
            - A closed loop of 50 clients on 2 cores is a saturation test: by Little's law the median wait is about \
            50 ÷ throughput, so a p95 of 30 ms at 50 clients would need some 1,700 searches a second, several times what \
            Elasticsearch alone answers here. The ratios and the 1- and 10-client rows say more about the application.
            """;

    private String cardMethod() {
        JsonNode card = tree.path("card_auth");
        if (card.isMissingNode()) {
            return "- **Card authorization** (`card_auth_p50_ms`, `card_auth_p99_ms`) was not measured in this run.";
        }
        return String.format(Locale.ROOT, "- **Card authorization**: `issuing_authorization.request` events built from Stripe's "
                        + "published example, signed with the endpoint secret as Stripe signs them, POSTed to "
                        + "`/api/v1/stripe/webhook` at a steady %d a second for %d s (an open loop: each leaves at its planned "
                        + "time whatever the answers; latency is from that planned time to the `{\"approved\": …}` answer), "
                        + "after %d to warm up; %d cards on %d accounts made through the payments library; 80%% ordinary "
                        + "purchases, 10%% at blocked shops (gambling, alcohol, cash), 10%% larger than the balance. "
                        + "%d answered (%.1f/s), %d failed, %d over Stripe's 2 s; %d approved, %d declined; p95 %s ms, "
                        + "max %s ms. The same requests one at a time (each sent when the last was answered): p50 %s ms, "
                        + "p99 %s ms. Measured on %s (load average %s before, %s after)%s.",
                card.path("rate_per_second").asInt(), card.path("seconds").asInt(), card.path("warmup_requests").asInt(),
                card.path("cards").asInt(), card.path("cards").asInt(), card.path("requests").asInt(),
                card.path("achieved_per_second").asDouble(), card.path("failed").asInt(), card.path("over_2s").asInt(),
                card.path("approved").asInt(), card.path("declined").asInt(), number(card.path("p95_ms").asDouble()),
                number(card.path("max_ms").asDouble()), number(card.path("one_client_p50_ms").asDouble()),
                number(card.path("one_client_p99_ms").asDouble()), card.path("when").asText(), card.path("load_average_before"),
                card.path("load_average_after"),
                card.path("measured_by").asText("").equals("bench/run cards")
                        ? " by `bench/run cards`, on a small data set (300 PAs), apart from the full run above"
                        : ", in the full run above");
    }

    private static String n(JsonNode node, String field) {
        return node.path(field).isNumber() ? number(node.path(field).asDouble()) : "";
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
