package care.circles.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Commit → searchable, while profile changes are written at a steady rate.
 *
 * <p>Each change is written the way {@code PaProfiles.save} writes it: in one JDBC
 * transaction, lock the profile row, update it, and add a {@code search_outbox} row holding
 * the whole listing document (the document as the index holds it, with its "about me" text
 * changed). The application's outbox relay delivers it; nothing else is told. A poller asks
 * Elasticsearch (through the {@code pas} alias the API reads) every {@link #POLL_MILLIS} ms
 * for the changed profiles, and a change counts as searchable when a search first returns
 * the new text. Lag is from the moment the commit returned to the moment that search answered.
 */
public final class IndexLag {

    static final long POLL_MILLIS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;

    /**
     * @param delivery commit → the relay marked the outbox row delivered (Elasticsearch acknowledged the
     *                 bulk request); the rest of the lag is Elasticsearch making it searchable (refresh)
     */
    public record Outcome(Latencies lag, Latencies delivery, int written, int unseen, double writesPerSecond,
                          boolean visibleThroughApi) {
    }

    private record Probe(long profileId, String token, long outboxId, long committedNanos) {
    }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Http http;
    private final URI es;
    private final URI api;

    public IndexLag(String jdbcUrl, String user, String password, Http http, URI es, URI api) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.http = http;
        this.es = es;
        this.api = api;
    }

    public Outcome run(int perSecond, int seconds) throws Exception {
        int total = perSecond * seconds;
        List<Long> ids = profilesToChange(total);
        Map<Long, ObjectNode> documents = currentDocuments(ids);
        Map<Long, Probe> pending = new ConcurrentHashMap<>();
        List<Long> lags = Collections.synchronizedList(new ArrayList<>());
        List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger written = new AtomicInteger();
        ThreadLocal<Connection> connections = new ThreadLocal<>();
        List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS, daemon("bench-writer"));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemon("bench-write-clock"));
        Thread poller = new Thread(() -> poll(pending, lags), "bench-lag-poller");
        poller.setDaemon(true);
        poller.start();
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        clock.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n >= total) {
                return;
            }
            writers.execute(() -> {
                long id = ids.get(n);
                String token = String.format("lagprobe%06d", n);
                ObjectNode document = documents.get(id).deepCopy();
                document.put("aboutMe", document.path("aboutMe").asText() + " " + token);
                try {
                    Connection connection = connections.get();
                    if (connection == null) {
                        connection = DriverManager.getConnection(jdbcUrl, user, password);
                        connection.setAutoCommit(false);
                        connections.set(connection);
                        opened.add(connection);
                    }
                    long outboxId = write(connection, id, document);
                    long committed = System.nanoTime();
                    written.incrementAndGet();
                    Probe probe = new Probe(id, token, outboxId, committed);
                    probes.add(probe);
                    pending.put(id, probe);
                } catch (SQLException e) {
                    System.err.println("bench: a profile change could not be written: " + e);
                }
            });
        }, 0, 1000 / perSecond, TimeUnit.MILLISECONDS);
        while (next.get() < total) {
            Thread.sleep(100);
        }
        clock.shutdown();
        writers.shutdown();
        writers.awaitTermination(30, TimeUnit.SECONDS);
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        poller.interrupt();
        poller.join(5_000);
        for (Connection connection : opened) {
            connection.close();
        }
        boolean throughApi = ids.isEmpty() || visibleThroughApi(ids.get(total - 1), String.format("lagprobe%06d", total - 1));
        long[] measured = lags.stream().mapToLong(Long::longValue).toArray();
        return new Outcome(Latencies.of(measured), deliveryTimes(probes), written.get(), pending.size(),
                Latencies.round(written.get() / writeSeconds), throughApi);
    }

    /**
     * The relay's own record: each outbox row's created_at (set just before the commit) and
     * delivered_at, both written with the same clock.
     */
    private long[] deliveryNanos(List<Probe> probes) throws SQLException {
        List<Long> nanos = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT TIMESTAMPDIFF(MICROSECOND, created_at, delivered_at) FROM search_outbox"
                             + " WHERE id = ? AND delivered_at IS NOT NULL")) {
            for (Probe probe : probes) {
                select.setLong(1, probe.outboxId());
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        nanos.add(Math.max(0, rows.getLong(1)) * 1_000);
                    }
                }
            }
        }
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    private Latencies deliveryTimes(List<Probe> probes) throws SQLException {
        return Latencies.of(deliveryNanos(new ArrayList<>(probes)));
    }

    /** The same statements, in the same order, as the application's profile save; returns the outbox row id. */
    private static long write(Connection connection, long id, ObjectNode document) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try {
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM pa_profile WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE pa_profile SET about_me = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                update.setString(1, document.path("aboutMe").asText());
                update.setObject(2, now);
                update.setLong(3, id);
                update.executeUpdate();
            }
            long outboxId;
            try (PreparedStatement outbox = connection.prepareStatement(
                    "INSERT INTO search_outbox (index_name, document_id, operation, document, created_at, next_attempt_at)"
                            + " VALUES ('pas', ?, 'INDEX', ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                outbox.setString(1, String.valueOf(id));
                outbox.setString(2, document.toString());
                outbox.setObject(3, now);
                outbox.setObject(4, now);
                outbox.executeUpdate();
                try (ResultSet keys = outbox.getGeneratedKeys()) {
                    keys.next();
                    outboxId = keys.getLong(1);
                }
            }
            connection.commit();
            return outboxId;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    private void poll(Map<Long, Probe> pending, List<Long> lags) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(POLL_MILLIS);
                if (pending.isEmpty()) {
                    continue;
                }
                List<Probe> waiting = new ArrayList<>(pending.values());
                ObjectNode body = JSON.createObjectNode();
                body.put("size", waiting.size());
                body.putArray("_source").add("aboutMe");
                ArrayNode values = body.putObject("query").putObject("ids").putArray("values");
                waiting.forEach(probe -> values.add(String.valueOf(probe.profileId())));
                HttpResponse<String> response = http.postJson(es.resolve("/pas/_search"), body.toString());
                long answered = System.nanoTime();
                if (response.statusCode() != 200) {
                    continue;
                }
                for (JsonNode hit : JSON.readTree(response.body()).path("hits").path("hits")) {
                    long id = hit.path("_id").asLong();
                    Probe probe = pending.get(id);
                    if (probe != null && hit.path("_source").path("aboutMe").asText().endsWith(probe.token())) {
                        pending.remove(id);
                        lags.add(answered - probe.committedNanos());
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.err.println("bench: lag poll failed: " + e);
            }
        }
    }

    /** The last change must be found by the API too, by its new word: the lag is of what people search. */
    private boolean visibleThroughApi(long id, String token) throws Exception {
        HttpResponse<String> response = http.get(api.resolve("/api/v1/pas?size=100&q=" + token));
        if (response.statusCode() != 200) {
            return false;
        }
        for (JsonNode item : JSON.readTree(response.body()).path("items")) {
            if (item.path("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    /** A fixed, seeded choice of published profiles, each changed once. */
    private List<Long> profilesToChange(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM pa_profile WHERE status = 'PUBLISHED' ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        if (ids.size() < count) {
            throw new IllegalStateException("Only " + ids.size() + " published profiles; the lag test needs " + count);
        }
        Collections.shuffle(ids, new Random(SearchMix.SEED));
        return List.copyOf(ids.subList(0, count));
    }

    /** The documents as the index holds them now, so each change keeps the application's listing shape. */
    private Map<Long, ObjectNode> currentDocuments(List<Long> ids) throws Exception {
        Map<Long, ObjectNode> documents = new ConcurrentHashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            ObjectNode body = JSON.createObjectNode();
            ArrayNode wanted = body.putArray("ids");
            ids.subList(from, Math.min(from + 500, ids.size())).forEach(id -> wanted.add(String.valueOf(id)));
            HttpResponse<String> response = http.postJson(es.resolve("/pas/_mget"), body.toString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Elasticsearch _mget answered " + response.statusCode() + ": " + response.body());
            }
            for (JsonNode doc : JSON.readTree(response.body()).path("docs")) {
                if (!doc.path("found").asBoolean()) {
                    throw new IllegalStateException("Profile " + doc.path("_id").asText() + " is not in the index");
                }
                documents.put(doc.path("_id").asLong(), (ObjectNode) doc.path("_source"));
            }
        }
        return documents;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
