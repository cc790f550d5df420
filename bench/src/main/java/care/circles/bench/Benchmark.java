package care.circles.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures the running marketplace that {@code bench/run} started, and writes
 * {@code bench/results.json} and {@code bench/RESULTS.md}. Every figure comes from requests to
 * 127.0.0.1 only, in bounded numbers. Settings are system properties (see {@link Settings}).
 */
public final class Benchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Turns each of the API and Elasticsearch takes at every number of clients. */
    private static final int ROUNDS = 4;

    private final Settings settings;
    private final Http http = new Http();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private Map<String, Place> places;
    private List<PaQuery> queries;

    private Benchmark(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--report")) {
            rewriteReport(Path.of(System.getProperty("bench.out", "bench")));
            return;
        }
        boolean cardsOnly = args.length == 1 && args[0].equals("--cards");
        boolean searchOnly = args.length == 1 && args[0].equals("--search");
        Benchmark benchmark = new Benchmark(Settings.fromSystemProperties());
        int status = 0;
        try {
            if (cardsOnly) {
                benchmark.runCardsOnly();
            } else if (searchOnly) {
                benchmark.runSearchOnly();
            } else {
                benchmark.run();
            }
        } catch (Exception | Error e) {
            System.err.println("bench: the benchmark stopped: " + e);
            e.printStackTrace();
            status = 1;
        } finally {
            benchmark.http.close();
        }
        // Load threads blocked on a closed client must not keep the JVM (and bench/run) waiting.
        System.exit(status);
    }

    private void run() throws Exception {
        results.put("machine", machine());
        results.put("load_average_start", loadAverage());
        places = readPlaces();
        queries = SearchMix.queries(settings.distinctQueries());
        countListings();
        checkSameAnswers();

        phase("search latency", () -> searchLatencies(true));
        phase("search page", this::searchPage);
        phase("index lag", this::indexLag);
        phase("reindex", this::reindex);
        phase("card authorization", this::cardAuthorization);

        results.put("cold_start_s", settings.coldStartSeconds());
        results.put("cold_start_parts_s", settings.coldStartParts());
        results.put("seed_load_100k_s", settings.seedLoadSeconds());
        results.put("rss_mb", residentMemory());
        results.put("load_average_end", loadAverage());
        results.put("settings", settings.describe());

        write();
    }

    /**
     * {@code bench/run cards}: only the card decision, on a small data set. The figures of the
     * last full run stay in results.json; the card figures are replaced.
     */
    @SuppressWarnings("unchecked")
    private void runCardsOnly() throws Exception {
        keepLastRun();
        results.remove("card_auth_p50_ms");
        results.remove("card_auth_p99_ms");
        results.remove("card_auth");
        Map<String, Object> errors = (Map<String, Object>) results.get("errors");
        if (errors != null) {
            errors.remove("card authorization");
        }
        phase("card authorization", this::cardAuthorization);
        @SuppressWarnings("unchecked")
        Map<String, Object> card = (Map<String, Object>) results.get("card_auth");
        if (card != null) {
            card.put("measured_by", "bench/run cards");
        }
        write();
    }

    /**
     * {@code bench/run search}: only the API and Elasticsearch rows (no SQL) and the search page,
     * at full scale, for trying a change to the search path. The other figures of the last full run
     * stay; the search figures are replaced and marked as measured this way.
     */
    private void runSearchOnly() throws Exception {
        keepLastRun();
        // A ratio to SQL figures of another run would mix two runs.
        results.remove("es_to_mysql_p95_ratio");
        places = readPlaces();
        queries = SearchMix.queries(settings.distinctQueries());
        checkSameAnswers();
        phase("search latency", () -> searchLatencies(false));
        phase("search page", this::searchPage);
        results.put("search_measured_by", "bench/run search (API, Elasticsearch and the search page; SQL rows from the last full run)");
        write();
    }

    /** A run of one part starts from the figures of the last run, replacing only its own. */
    @SuppressWarnings("unchecked")
    private void keepLastRun() throws IOException {
        Path json = settings.outputDirectory().resolve("results.json");
        if (Files.exists(json)) {
            results.putAll(JSON.readValue(Files.readString(json), LinkedHashMap.class));
        }
    }

    private void write() throws IOException {
        Report report = new Report(results, settings.baseline());
        Files.writeString(settings.outputDirectory().resolve("results.json"), report.json());
        Files.writeString(settings.outputDirectory().resolve("RESULTS.md"),
                report.markdown(settings.outputDirectory().resolve("CHANGES.md")));
        say("Wrote bench/results.json and bench/RESULTS.md");
    }

    private void cardAuthorization() throws Exception {
        CardAuthorizations cards = new CardAuthorizations(settings, settings.webhookSecret());
        say("Card authorization: making %d cards, then %d s at %d requests/s to warm up", CardAuthorizations.CARDS,
                settings.cardWarmupSeconds(), settings.cardRate());
        List<String> ids = cards.prepareCards();
        String run = Long.toString(System.currentTimeMillis(), 36);
        cards.measure(ids, settings.cardRate(), settings.cardWarmupSeconds(), "w" + run);
        List<Double> loadBefore = loadAverage();
        say("  measuring: %d s at %d requests/s, open loop", settings.cardSeconds(), settings.cardRate());
        CardAuthorizations.Outcome outcome = cards.measure(ids, settings.cardRate(), settings.cardSeconds(), "m" + run);
        Map<String, Object> figures = CardAuthorizations.figures(outcome, settings.cardRate(), settings.cardSeconds(),
                settings.cardRate() * settings.cardWarmupSeconds());
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) figures.get("card_auth");
        details.put("when", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        details.put("load_average_before", loadBefore);
        details.put("load_average_after", loadAverage());
        Latencies alone = cards.oneClient(ids, 300, "o" + run);
        details.put("one_client_p50_ms", alone.p50Ms());
        details.put("one_client_p99_ms", alone.p99Ms());
        results.putAll(figures);
        say("  one at a time: p50 %.2f ms, p99 %.2f ms", alone.p50Ms(), alone.p99Ms());
        say("  p50 %.2f ms, p99 %.2f ms, max %.1f ms at %.1f/s; %d failed, %d over 2 s; %d approved, %d declined",
                outcome.latencies().p50Ms(), outcome.latencies().p99Ms(), outcome.latencies().maxMs(),
                outcome.achievedPerSecond(), outcome.failed(), outcome.over2s(), outcome.approved(), outcome.declined());
        if (outcome.failed() > 0) {
            say("  first failure: %s", outcome.firstFailure());
        }
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    /** A phase that fails leaves its keys out (BENCH.md: never a guess) and says why; the others still run. */
    private void phase(String name, Phase phase) {
        try {
            phase.run();
        } catch (Exception e) {
            say("%s failed: %s", name, e);
            @SuppressWarnings("unchecked")
            Map<String, Object> errors = (Map<String, Object>) results.computeIfAbsent("errors", k -> new LinkedHashMap<>());
            errors.put(name, e.toString());
        }
    }

    /** RESULTS.md again from results.json, e.g. after CHANGES.md was edited; measures nothing. */
    @SuppressWarnings("unchecked")
    private static void rewriteReport(Path out) throws IOException {
        Map<String, Object> results = JSON.readValue(Files.readString(out.resolve("results.json")), LinkedHashMap.class);
        Path before = out.resolve("results-before.json");
        Report report = new Report(results, Files.exists(before) ? java.util.Optional.of(before) : java.util.Optional.empty());
        Files.writeString(out.resolve("RESULTS.md"), report.markdown(out.resolve("CHANGES.md")));
        say("Rewrote %s from %s", out.resolve("RESULTS.md"), out.resolve("results.json"));
    }

    private void countListings() throws Exception {
        long pas = indexed("pas");
        // Readiness waits for the PA index only; the other two are built beside it at start-up.
        long organisations = settled("organisations");
        long dayOpportunities = settled("day-opportunities");
        results.put("listings", pas + organisations + dayOpportunities);
        Map<String, Object> counted = new LinkedHashMap<>();
        counted.put("pas_in_index", pas);
        counted.put("organisations_in_index", organisations);
        counted.put("day_opportunities_in_index", dayOpportunities);
        try (Connection connection = database()) {
            counted.put("pas_published_in_database", count(connection, "SELECT COUNT(*) FROM pa_profile WHERE status = 'PUBLISHED'"));
            counted.put("pa_profiles_in_database", count(connection, "SELECT COUNT(*) FROM pa_profile"));
            counted.put("providers_in_database", count(connection, "SELECT COUNT(*) FROM provider"));
            counted.put("day_opportunities_in_database", count(connection, "SELECT COUNT(*) FROM day_opportunity"));
        }
        results.put("listings_counted", counted);
        say("Listings: %,d PAs, %,d organisations and %,d day opportunities in the search indices", pas, organisations,
                dayOpportunities);
    }

    /** The count once it is above 0 and the same a second later, or what it is after a minute. */
    private long settled(String alias) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        long last = -1;
        while (System.nanoTime() < deadline) {
            long now = indexed(alias);
            if (now > 0 && now == last) {
                return now;
            }
            last = now;
            Thread.sleep(1000);
        }
        return indexed(alias);
    }

    private long indexed(String alias) throws Exception {
        return JSON.readTree(http.get(settings.es().resolve("/" + alias + "/_count")).body()).path("count").asLong();
    }

    /**
     * Before timing anything: the raw Elasticsearch body must be the application's query, so
     * each distinct search is sent both ways and the totals and first pages compared.
     */
    private void checkSameAnswers() throws Exception {
        int sameTotal = 0;
        int samePage = 0;
        List<String> differences = new ArrayList<>();
        for (PaQuery query : queries) {
            JsonNode api = JSON.readTree(apiSearch(query).body());
            JsonNode es = JSON.readTree(esSearch(query).body());
            long apiTotal = api.path("total").asLong();
            long esTotal = es.path("hits").path("total").path("value").asLong();
            List<Long> apiIds = new ArrayList<>();
            api.path("items").forEach(item -> apiIds.add(item.path("id").asLong()));
            List<Long> esIds = new ArrayList<>();
            es.path("hits").path("hits").forEach(hit -> esIds.add(hit.path("_source").path("id").asLong()));
            if (apiTotal == esTotal) {
                sameTotal++;
            }
            if (apiIds.equals(esIds)) {
                samePage++;
            } else if (differences.size() < 5) {
                differences.add(query.apiQueryString() + " api=" + apiIds + " es=" + esIds);
            }
        }
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("distinct_queries", queries.size());
        check.put("same_total", sameTotal);
        check.put("same_first_page", samePage);
        check.put("differences", differences);
        results.put("es_query_check", check);
        say("Same query check: %d/%d same totals, %d/%d same first pages (API vs raw Elasticsearch body)",
                sameTotal, queries.size(), samePage, queries.size());
    }

    private void searchLatencies(boolean withSql) throws Exception {
        int requests = settings.requests();
        say("Warming up: %d API and %d Elasticsearch searches at 10 clients", settings.warmup(), settings.warmup());
        ClosedLoad.run(10, settings.warmup(), i -> apiSearch(query(i)).statusCode() == 200);
        ClosedLoad.run(10, settings.warmup(), i -> esSearch(query(i)).statusCode() == 200);
        if (withSql) {
            warmUpSql();
        }

        Map<Integer, ClosedLoad.Outcome> api = new LinkedHashMap<>();
        Map<Integer, ClosedLoad.Outcome> es = new LinkedHashMap<>();
        Map<Integer, ClosedLoad.Outcome> sql = new LinkedHashMap<>();
        ProcessCpu cpu = new ProcessCpu(settings.pids());
        Map<String, Object> cpuPerSearch = new LinkedHashMap<>();
        for (int clients : new int[] {1, 10, 50}) {
            SideBySide turns = sideBySide(clients, requests, cpu);
            api.put(clients, turns.api());
            es.put(clients, turns.es());
            Map<String, Object> cpuOfLevel = new LinkedHashMap<>();
            cpuOfLevel.put("api", turns.cpuPerApiSearch());
            cpuOfLevel.put("elasticsearch_alone", turns.cpuPerEsSearch());
            cpuPerSearch.put(clients + "_clients", cpuOfLevel);
            say("  CPU per search (ms): through the API %s; Elasticsearch alone %s", cpuOfLevel.get("api"),
                    cpuOfLevel.get("elasticsearch_alone"));
            if (withSql) {
                sql.put(clients, measureSql(clients, settings.sqlRequests()));
            }
        }
        results.put("search_api_floor", refusedSearches(cpu, requests));
        searchesWithElasticsearchApart(cpu, requests);
        put("search_api", api);
        put("search_es", es);
        results.put("search_cpu_ms_per_search", cpuPerSearch);
        ClosedLoad.Outcome api50 = api.get(50);
        ClosedLoad.Outcome es50 = es.get(50);
        results.put("search_api_p50_ms", api50.latencies().p50Ms());
        results.put("search_api_p95_ms", api50.latencies().p95Ms());
        results.put("search_api_p99_ms", api50.latencies().p99Ms());
        results.put("search_es_p95_ms", es50.latencies().p95Ms());
        results.put("api_to_es_p95_ratio", Latencies.ratio(api50.latencies().p95Ms(), es50.latencies().p95Ms()));
        for (int clients : new int[] {1, 10}) {
            results.put("search_api_" + clients + "_clients_p95_ms", api.get(clients).latencies().p95Ms());
            results.put("api_to_es_p95_ratio_" + clients + "_clients",
                    Latencies.ratio(api.get(clients).latencies().p95Ms(), es.get(clients).latencies().p95Ms()));
        }
        if (withSql) {
            put("search_mysql", sql);
            ClosedLoad.Outcome sql50 = sql.get(50);
            results.put("search_mysql_p95_ms", sql50.latencies().p95Ms());
            results.put("es_to_mysql_p95_ratio", Latencies.ratio(api50.latencies().p95Ms(), sql50.latencies().p95Ms()));
            say("Counting SQL: COUNT(*) of the same searches at 10 clients");
            results.put("search_mysql_count", summary(measureSqlCount(10, settings.sqlRequests() / 2)));
        }
    }

    /** One number of clients measured side by side, and each process's CPU per search in each way's turns. */
    private record SideBySide(ClosedLoad.Outcome api, ClosedLoad.Outcome es, Map<String, Double> cpuPerApiSearch,
                              Map<String, Double> cpuPerEsSearch) {
    }

    /** The API and Elasticsearch take turns (ROUNDS each) with the same searches. */
    private SideBySide sideBySide(int clients, int requests, ProcessCpu cpu) throws InterruptedException {
        CpuTally tally = new CpuTally(cpu);
        List<ClosedLoad.Outcome> pair = ClosedLoad.alternating(clients, requests, ROUNDS, this::apiSearchAnswered,
                this::esSearchAnswered, tally);
        report("API", clients, pair.get(0));
        report("Elasticsearch", clients, pair.get(1));
        int sent = pair.get(0).latencies().count();
        return new SideBySide(pair.get(0), pair.get(1), tally.perRequest(0, sent), tally.perRequest(1, sent));
    }

    private boolean apiSearchAnswered(int i) throws Exception {
        HttpResponse<String> response = apiSearch(query(i));
        return response.statusCode() == 200 && response.body().startsWith("{\"total\":");
    }

    private boolean esSearchAnswered(int i) throws Exception {
        HttpResponse<String> response = esSearch(query(i));
        return response.statusCode() == 200 && !response.body().contains("\"timed_out\":true");
    }

    /**
     * The same side-by-side turns with Elasticsearch on a core of its own and everything else on
     * the other ({@link CoreSplit}), as when Elasticsearch runs on nodes of its own in production:
     * the API's CPU then no longer slows Elasticsearch down in the API's turns, so the ratio shows
     * what going through the API adds to a search's time. Results under "search_es_apart"; the
     * 50-client ratio also as "api_to_es_p95_ratio_es_apart".
     */
    private void searchesWithElasticsearchApart(ProcessCpu cpu, int requests) throws Exception {
        Optional<CoreSplit> split = CoreSplit.elasticsearchApart(settings.pids());
        if (split.isEmpty()) {
            return;
        }
        Map<String, Object> apart = new LinkedHashMap<>();
        try (CoreSplit cores = split.get()) {
            apart.put("cores", cores.layout());
            say("Elasticsearch on a core of its own: %s", cores.layout());
            ClosedLoad.run(10, settings.warmup(), this::apiSearchAnswered);
            for (int clients : new int[] {1, 10, 50}) {
                SideBySide turns = sideBySide(clients, requests, cpu);
                Map<String, Object> level = new LinkedHashMap<>();
                level.put("api", summary(turns.api()));
                level.put("es", summary(turns.es()));
                double ratio = Latencies.ratio(turns.api().latencies().p95Ms(), turns.es().latencies().p95Ms());
                level.put("api_to_es_p95_ratio", ratio);
                level.put("cpu_ms_per_search_api", turns.cpuPerApiSearch());
                level.put("cpu_ms_per_search_elasticsearch_alone", turns.cpuPerEsSearch());
                say("  API/ES p95 %.2f; CPU per search (ms): through the API %s; Elasticsearch alone %s", ratio,
                        level.get("cpu_ms_per_search_api"), level.get("cpu_ms_per_search_elasticsearch_alone"));
                apart.put(clients + "_clients", level);
                if (clients == 50) {
                    results.put("search_api_p95_ms_es_apart", turns.api().latencies().p95Ms());
                    results.put("search_es_p95_ms_es_apart", turns.es().latencies().p95Ms());
                    results.put("api_to_es_p95_ratio_es_apart", ratio);
                }
            }
        }
        results.put("search_es_apart", apart);
    }

    /**
     * What any API request costs the server before the application's own work: the same searches
     * with a page number that does not exist ({@code page=0}), which the application refuses (400)
     * without asking Elasticsearch, at 50 clients. Its CPU per request is the part of a search's
     * cost that Payara (HTTP, security, JAX-RS) takes whatever the application does.
     */
    private Map<String, Object> refusedSearches(ProcessCpu cpu, int requests) throws Exception {
        CpuTally tally = new CpuTally(cpu);
        tally.starting(0);
        ClosedLoad.Outcome refused = measure("API refusing", 50, requests, i -> {
            HttpResponse<String> response = http.get(settings.app().resolve("/api/v1/pas?page=0&" + query(i).apiQueryString()));
            return response.statusCode() == 400;
        });
        tally.ended(0);
        Map<String, Object> floor = summary(refused);
        floor.put("clients", 50);
        floor.put("cpu_ms_per_request", tally.perRequest(0, refused.latencies().count()));
        say("  CPU per refused search (ms): %s", floor.get("cpu_ms_per_request"));
        return floor;
    }

    private ClosedLoad.Outcome measure(String what, int clients, int requests, ClosedLoad.Request request)
            throws InterruptedException {
        return report(what, clients, ClosedLoad.run(clients, requests, request));
    }

    private ClosedLoad.Outcome report(String what, int clients, ClosedLoad.Outcome outcome) {
        say("  %-13s %2d clients: p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  %6.1f/s  %d failed%s", what, clients,
                outcome.latencies().p50Ms(), outcome.latencies().p95Ms(), outcome.latencies().p99Ms(),
                outcome.requestsPerSecond(), outcome.failures(),
                outcome.firstFailure() == null ? "" : " (first: " + outcome.firstFailure() + ")");
        return outcome;
    }

    /** Each SQL client has its own connection, as a pool would give it. */
    private ClosedLoad.Outcome measureSql(int clients, int requests) throws Exception {
        return measureSqlWith("SQL", clients, requests, SqlQuery::firstPage);
    }

    private ClosedLoad.Outcome measureSqlCount(int clients, int requests) throws Exception {
        return measureSqlWith("SQL count", clients, requests, SqlQuery::count);
    }

    private ClosedLoad.Outcome measureSqlWith(String what, int clients, int requests,
                                              java.util.function.BiFunction<PaQuery, Map<String, Place>, SqlQuery> build)
            throws Exception {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                connections.add(database());
            }
            ThreadLocal<Connection> mine = new ThreadLocal<>();
            java.util.concurrent.atomic.AtomicInteger handedOut = new java.util.concurrent.atomic.AtomicInteger();
            return measure(what, clients, requests, i -> {
                Connection connection = mine.get();
                if (connection == null) {
                    connection = connections.get(handedOut.getAndIncrement());
                    mine.set(connection);
                }
                return runSql(connection, build.apply(query(i), places));
            });
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private void warmUpSql() throws Exception {
        try (Connection connection = database()) {
            for (int i = 0; i < Math.min(50, queries.size()); i++) {
                runSql(connection, SqlQuery.firstPage(query(i), places));
            }
        }
    }

    private static boolean runSql(Connection connection, SqlQuery sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
            for (int p = 0; p < sql.parameters().size(); p++) {
                statement.setObject(p + 1, sql.parameters().get(p));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(1);
                }
            }
        }
        return true;
    }

    private void searchPage() throws Exception {
        int clients = 10;
        say("Search page: %d renders of /search.xhtml at %d clients (after %d to warm up)", settings.pageRequests(),
                clients, settings.warmup() / 3);
        ClosedLoad.Request render = i -> {
            HttpResponse<String> response = http.get(settings.app().resolve("/search.xhtml?" + query(i).pageQueryString()));
            return response.statusCode() == 200 && response.body().contains("</html>");
        };
        ClosedLoad.run(clients, settings.warmup() / 3, render);
        CpuTally tally = new CpuTally(new ProcessCpu(settings.pids()));
        tally.starting(0);
        ClosedLoad.Outcome page = measure("search page", clients, settings.pageRequests(), render);
        tally.ended(0);
        results.put("search_page_p95_ms", page.latencies().p95Ms());
        Map<String, Object> details = summary(page);
        // CPU per render varies far less with the machine's other load than p95 does.
        details.put("cpu_ms_per_render", tally.perRequest(0, page.latencies().count()));
        say("  CPU per render (ms): %s", details.get("cpu_ms_per_render"));
        results.put("search_page", details);
        results.put("search_page_bytes_example",
                http.get(settings.app().resolve("/search.xhtml?" + query(0).pageQueryString())).body().length());
    }

    private void indexLag() throws Exception {
        say("Index lag: %d profile changes a second for %d s (commit -> searchable)", settings.lagRate(),
                settings.lagSeconds());
        IndexLag.Outcome lag = new IndexLag(settings.jdbcUrl(), settings.user(), settings.password(), http,
                settings.es(), settings.app()).run(settings.lagRate(), settings.lagSeconds());
        results.put("index_lag_p50_ms", lag.lag().p50Ms());
        results.put("index_lag_p95_ms", lag.lag().p95Ms());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("changes_written", lag.written());
        detail.put("writes_per_second", lag.writesPerSecond());
        detail.put("never_seen_within_15s", lag.unseen());
        detail.put("p99_ms", lag.lag().p99Ms());
        detail.put("max_ms", lag.lag().maxMs());
        detail.put("poll_interval_ms", IndexLag.POLL_MILLIS);
        detail.put("commit_to_delivered_p50_ms", lag.delivery().p50Ms());
        detail.put("commit_to_delivered_p95_ms", lag.delivery().p95Ms());
        detail.put("last_change_found_through_api", lag.visibleThroughApi());
        results.put("index_lag", detail);
        say("  lag p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (outbox row delivered: p50 %.0f ms, p95 %.0f ms); %d written"
                        + " at %.1f/s, %d never seen; API finds the last: %s",
                lag.lag().p50Ms(), lag.lag().p95Ms(), lag.lag().p99Ms(), lag.delivery().p50Ms(), lag.delivery().p95Ms(),
                lag.written(), lag.writesPerSecond(), lag.unseen(), lag.visibleThroughApi());
    }

    private void reindex() throws Exception {
        Map<Integer, Long> totals = new HashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            totals.put(i, JSON.readTree(apiSearch(queries.get(i)).body()).path("total").asLong());
        }
        say("Reindex: council rebuild of the PA index, with searches at 10 clients throughout");
        Reindex.Outcome rebuild = new Reindex(http, settings.app()).run(queries, totals, 10,
                "council@demo.circles.test", "Demo-password-1");
        results.put("reindex_100k_s", rebuild.seconds());
        results.put("reindex_failed_searches", rebuild.failedSearches());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("indexed", rebuild.indexed());
        detail.put("server_reported_s", rebuild.serverSeconds());
        detail.put("searches_during", rebuild.searches());
        detail.put("searches_with_a_changed_total", rebuild.changedTotals());
        detail.put("first_failure", rebuild.firstFailure());
        detail.put("council_requests_refused_403_then_retried", rebuild.councilRefusals());
        detail.put("search_p50_ms_during", rebuild.searchLatencies().p50Ms());
        detail.put("search_p95_ms_during", rebuild.searchLatencies().p95Ms());
        detail.put("search_p99_ms_during", rebuild.searchLatencies().p99Ms());
        results.put("reindex", detail);
        say("  rebuilt %,d in %.1f s; %d searches meanwhile, %d failed (p95 %.1f ms)", rebuild.indexed(),
                rebuild.seconds(), rebuild.searches(), rebuild.failedSearches(), rebuild.searchLatencies().p95Ms());
    }

    private PaQuery query(int i) {
        return queries.get(i % queries.size());
    }

    private HttpResponse<String> apiSearch(PaQuery query) throws Exception {
        return http.get(settings.app().resolve("/api/v1/pas?" + query.apiQueryString()));
    }

    private HttpResponse<String> esSearch(PaQuery query) throws Exception {
        return http.postJson(settings.es().resolve(EsQuery.PATH), EsQuery.body(query, places));
    }

    private void put(String prefix, Map<Integer, ClosedLoad.Outcome> byClients) {
        Map<String, Object> levels = new LinkedHashMap<>();
        byClients.forEach((clients, outcome) -> levels.put(clients + "_clients", summary(outcome)));
        results.put(prefix + "_by_clients", levels);
    }

    private static Map<String, Object> summary(ClosedLoad.Outcome outcome) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("requests", outcome.latencies().count());
        summary.put("failed", outcome.failures());
        summary.put("p50_ms", outcome.latencies().p50Ms());
        summary.put("p95_ms", outcome.latencies().p95Ms());
        summary.put("p99_ms", outcome.latencies().p99Ms());
        summary.put("mean_ms", outcome.latencies().meanMs());
        summary.put("max_ms", outcome.latencies().maxMs());
        summary.put("per_second", outcome.requestsPerSecond());
        return summary;
    }

    private Map<String, Place> readPlaces() throws SQLException {
        Map<String, Place> read = new HashMap<>();
        try (Connection connection = database();
             PreparedStatement select = connection.prepareStatement("SELECT name, latitude, longitude FROM place");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                read.put(rows.getString(1), new Place(rows.getString(1), rows.getDouble(2), rows.getDouble(3)));
            }
        }
        return read;
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory_gib", memoryGib());
        machine.put("when", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        return machine;
    }

    private static double memoryGib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("\\D", ""));
                return Latencies.round(kib / 1024.0 / 1024.0);
            }
        }
        throw new IllegalStateException("/proc/meminfo has no MemTotal");
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so the figures need them beside. */
    private static List<Double> loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return List.of(Double.valueOf(parts[0]), Double.valueOf(parts[1]), Double.valueOf(parts[2]));
    }

    private Map<String, Object> residentMemory() throws IOException {
        Map<String, Object> rss = new LinkedHashMap<>();
        for (Map.Entry<String, Long> process : settings.pids().entrySet()) {
            Path status = Path.of("/proc", String.valueOf(process.getValue()), "status");
            if (Files.exists(status)) {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        rss.put(process.getKey(), Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0));
                    }
                }
            }
        }
        return rss;
    }

    static void say(String format, Object... args) {
        System.out.println("bench: " + String.format(format, args));
        System.out.flush();
    }
}
