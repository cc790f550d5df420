package care.circles.indexer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/**
 * Delivers the changes waiting in the {@code search_outbox} table to Elasticsearch.
 *
 * <p>Each call claims a batch of due rows with {@code FOR UPDATE SKIP LOCKED}, so several
 * application servers can run relays side by side without sending a row twice at the same
 * time. The batch goes to Elasticsearch as one bulk request that refreshes the index (so the changes are
 * searchable when the request returns), versioned with the outbox row id:
 * a row delivered late or twice can never overwrite a newer change. Rows that fail are tried
 * again later, waiting twice as long after each failure, up to {@link #LONGEST_WAIT}.
 */
public final class OutboxRelay {

    /** The longest a failing row waits before its next try. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final int ERROR_LENGTH = 1000;

    private final DataSource dataSource;
    private final ElasticsearchClient client;
    private final Clock clock;

    public OutboxRelay(DataSource dataSource, SearchCluster cluster, Clock clock) {
        this.dataSource = dataSource;
        this.client = cluster.client();
        this.clock = clock;
    }

    /**
     * Sends up to {@code batchSize} due changes.
     *
     * @return what happened to the batch
     * @throws SQLException when the database cannot be read; nothing is marked then
     */
    public Delivery deliverDue(int batchSize) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<PendingChange> due = claimDue(connection, batchSize);
                Delivery delivery = due.isEmpty() ? Delivery.NOTHING : send(connection, due);
                connection.commit();
                return delivery;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Deletes delivered rows older than the given age, keeping the table small. */
    public int forgetDeliveredBefore(Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM search_outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?")) {
            delete.setObject(1, utc(cutoff));
            return delete.executeUpdate();
        }
    }

    /** How many changes are waiting, for health and metrics. */
    public long backlog() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM search_outbox WHERE delivered_at IS NULL");
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<PendingChange> claimDue(Connection connection, int batchSize) throws SQLException {
        List<PendingChange> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, index_name, document_id, operation, document, attempts FROM search_outbox"
                        + " WHERE delivered_at IS NULL AND next_attempt_at <= ?"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setObject(1, utc(clock.instant()));
            select.setInt(2, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new PendingChange(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getInt(6)));
                }
            }
        }
        return due;
    }

    private Delivery send(Connection connection, List<PendingChange> due) throws SQLException {
        List<BulkOperation> operations = new ArrayList<>(due.size());
        for (PendingChange change : due) {
            operations.add(change.toOperation());
        }
        BulkResponse response;
        try {
            // Searchable as soon as delivered, rather than at the index's next periodic refresh (up to a
            // second later); costs one refresh of the shards the batch touched.
            response = client.bulk(b -> b.operations(operations).refresh(Refresh.True));
        } catch (IOException | RuntimeException e) {
            for (PendingChange change : due) {
                markFailed(connection, change, "Elasticsearch unreachable: " + e.getMessage());
            }
            return new Delivery(0, due.size());
        }
        int delivered = 0;
        int failed = 0;
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < due.size(); i++) {
            PendingChange change = due.get(i);
            BulkResponseItem item = items.get(i);
            if (isSettled(change, item)) {
                markDelivered(connection, change);
                delivered++;
            } else {
                markFailed(connection, change, item.error() == null
                        ? "status " + item.status() : item.error().type() + ": " + item.error().reason());
                failed++;
            }
        }
        return new Delivery(delivered, failed);
    }

    /**
     * A version conflict means a newer change is already in the index; deleting a document
     * that is not there leaves the index as intended. Both count as delivered.
     */
    private static boolean isSettled(PendingChange change, BulkResponseItem item) {
        if (item.error() == null) {
            return true;
        }
        if ("version_conflict_engine_exception".equals(item.error().type())) {
            return true;
        }
        return change.isDelete() && item.status() == 404;
    }

    private void markDelivered(Connection connection, PendingChange change) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE search_outbox SET delivered_at = ?, last_error = NULL WHERE id = ?")) {
            update.setObject(1, utc(clock.instant()));
            update.setLong(2, change.id());
            update.executeUpdate();
        }
    }

    private void markFailed(Connection connection, PendingChange change, String error) throws SQLException {
        int attempts = change.attempts() + 1;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE search_outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")) {
            update.setInt(1, attempts);
            update.setObject(2, utc(clock.instant().plus(waitAfter(attempts))));
            update.setString(3, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error);
            update.setLong(4, change.id());
            update.executeUpdate();
        }
    }

    /** 1 s after the first failure, then 2 s, 4 s, … never more than {@link #LONGEST_WAIT}. */
    static Duration waitAfter(int failures) {
        if (failures >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << (failures - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** What one call to {@link #deliverDue(int)} achieved. */
    public record Delivery(int delivered, int failed) {
        static final Delivery NOTHING = new Delivery(0, 0);

        public boolean isEmpty() {
            return delivered == 0 && failed == 0;
        }
    }

    private record PendingChange(long id, String index, String documentId, String operation, String document,
                                 int attempts) {

        boolean isDelete() {
            return "DELETE".equals(operation);
        }

        BulkOperation toOperation() {
            return isDelete()
                    ? SearchIndexes.deleteOperation(index, documentId, id)
                    : SearchIndexes.indexOperation(index, new IndexedDocument(documentId, document, id));
        }
    }
}
