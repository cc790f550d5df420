package care.circles.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mysql.cj.jdbc.MysqlDataSource;

import care.circles.indexer.OutboxRelay;
import care.circles.indexer.SearchCluster;
import co.elastic.clients.elasticsearch.core.GetResponse;

/**
 * The outbox relay against the real MariaDB and Elasticsearch that the build started, without
 * the application server. Rows are written as due an hour from now, so the application's own
 * relay (running in other tests' servers) never picks them up; these relays run on a clock an
 * hour ahead.
 */
class OutboxRelayIT {

    private static final String INDEX = "it-outbox-relay";
    private static MysqlDataSource database;
    private static SearchCluster search;
    private static SearchCluster unreachable;
    private final Instant anHourAhead = Instant.now().plus(Duration.ofHours(1));

    @BeforeAll
    static void connect() {
        database = new MysqlDataSource();
        database.setURL(System.getProperty("it.db.url"));
        database.setUser("circles");
        database.setPassword("circles");
        search = SearchCluster.connect(System.getProperty("it.es.url"));
        unreachable = SearchCluster.connect("http://127.0.0.1:9");
    }

    @AfterAll
    static void close() throws Exception {
        search.client().indices().delete(d -> d.index(INDEX).ignoreUnavailable(true));
        search.close();
        unreachable.close();
    }

    @Test
    void retriesLaterWhenElasticsearchIsDownThenDelivers() throws Exception {
        String id = UUID.randomUUID().toString();
        long row = insert("INDEX", id, "{\"name\":\"first try fails\"}", anHourAhead);

        OutboxRelay.Delivery failed = relayAt(unreachable, anHourAhead).deliverDue(1000);
        assertEquals(0, failed.delivered());
        Map<String, Object> afterFailure = rowState(row);
        assertEquals(1, afterFailure.get("attempts"));
        assertNotNull(afterFailure.get("last_error"));
        assertTrue(((LocalDateTime) afterFailure.get("next_attempt_at")).isAfter(utc(anHourAhead)),
                "a failed row waits before its next try");

        relayAt(search, anHourAhead).deliverDue(1000);
        assertNull(rowState(row).get("delivered_at"), "the row is not tried again before its wait is over");

        relayAt(search, anHourAhead.plusSeconds(2)).deliverDue(1000);
        assertNotNull(rowState(row).get("delivered_at"), "delivered once Elasticsearch answers");
        assertEquals("first try fails", document(id).get("name"));
    }

    @Test
    void anOlderChangeDeliveredLateNeverOverwritesANewerOne() throws Exception {
        String id = UUID.randomUUID().toString();
        long older = insert("INDEX", id, "{\"name\":\"old\"}", anHourAhead.plusSeconds(600));
        long newer = insert("INDEX", id, "{\"name\":\"new\"}", anHourAhead);
        relayAt(search, anHourAhead).deliverDue(1000);
        relayAt(search, anHourAhead.plusSeconds(601)).deliverDue(1000);
        assertNotNull(rowState(older).get("delivered_at"), "a stale change is settled, not retried for ever");
        assertNotNull(rowState(newer).get("delivered_at"));
        assertEquals("new", document(id).get("name"));
    }

    @Test
    void aDeleteOfADocumentThatIsNotThereCountsAsDone() throws Exception {
        long row = insert("DELETE", UUID.randomUUID().toString(), null, anHourAhead);
        relayAt(search, anHourAhead).deliverDue(1000);
        assertNotNull(rowState(row).get("delivered_at"));
    }

    @Test
    void aDeliveredChangeIsSearchableAsSoonAsTheRelayReturns() throws Exception {
        String first = UUID.randomUUID().toString();
        insert("INDEX", first, "{\"name\":\"first\"}", anHourAhead);
        relayAt(search, anHourAhead).deliverDue(1000);
        // Searched now, the index refreshes on its own schedule (every second) rather than on demand.
        hitsFor(first);

        String id = UUID.randomUUID().toString();
        insert("INDEX", id, "{\"name\":\"at once\"}", anHourAhead);
        relayAt(search, anHourAhead).deliverDue(1000);
        assertEquals(1, hitsFor(id), "a search straight after delivery finds the change");
    }

    @SuppressWarnings("rawtypes")
    private long hitsFor(String id) throws Exception {
        return search.client().search(s -> s.index(INDEX).query(q -> q.ids(i -> i.values(id))), Map.class)
                .hits().total().value();
    }

    private OutboxRelay relayAt(SearchCluster cluster, Instant now) {
        return new OutboxRelay(database, cluster, Clock.fixed(now, ZoneOffset.UTC));
    }

    private Map<String, Object> document(String id) throws Exception {
        GetResponse<Map> found = search.client().get(g -> g.index(INDEX).id(id), Map.class);
        assertTrue(found.found(), "document " + id + " must be in the index");
        return found.source();
    }

    private static long insert(String operation, String documentId, String json, Instant due) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO search_outbox (index_name, document_id, operation, document, created_at, next_attempt_at)"
                             + " VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, INDEX);
            insert.setString(2, documentId);
            insert.setString(3, operation);
            insert.setString(4, json);
            insert.setObject(5, utc(Instant.now()));
            insert.setObject(6, utc(due));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Map<String, Object> rowState(long row) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT attempts, next_attempt_at, delivered_at, last_error FROM search_outbox WHERE id = ?")) {
            select.setLong(1, row);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                java.util.HashMap<String, Object> state = new java.util.HashMap<>();
                state.put("attempts", rs.getInt(1));
                state.put("next_attempt_at", rs.getObject(2, LocalDateTime.class));
                state.put("delivered_at", rs.getObject(3, LocalDateTime.class));
                state.put("last_error", rs.getString(4));
                return state;
            }
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
