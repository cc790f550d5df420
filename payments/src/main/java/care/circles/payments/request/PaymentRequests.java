package care.circles.payments.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;

/**
 * Payment requests: raised by the parts of the marketplace where care is given (approved
 * timesheets, bookings), exactly once per source, and waiting for the payer. Works inside the
 * caller's transaction, so a request commits with the approval that raised it or not at all.
 */
public final class PaymentRequests {

    private static final String COLUMNS = "id, source_key, payer_account_id, payee_account_id, funding,"
            + " amount_pence, description, status, raised_at, care_category, decided_at, refusal_reason, waiting_reason,"
            + " paid_at";

    private final Clock clock;

    public PaymentRequests(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Raises the request, or returns the one already raised for the same source (a replayed
     * approval, two approvals racing): a source is paid for once.
     *
     * @throws IllegalStateException when the source already has a request for a different
     *                               payer, payee or amount: that is a bug in the caller, not a retry
     */
    public PaymentRequest raise(Connection connection, NewPaymentRequest request) throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<PaymentRequest> existing = find(connection, request.sourceKey());
        if (existing.isPresent()) {
            return sameAs(existing.get(), request);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO payment_request (source_key, payer_account_id, payee_account_id, funding, amount_pence,"
                        + " description, status, raised_at, raised_by, care_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, request.sourceKey());
            insert.setLong(2, request.payerAccountId());
            insert.setLong(3, request.payeeAccountId());
            insert.setString(4, request.funding().name());
            insert.setLong(5, request.amount().pence());
            insert.setString(6, request.description());
            insert.setString(7, PaymentRequestStatus.AWAITING.name());
            insert.setObject(8, UtcTime.column(clock.instant()));
            insert.setObject(9, request.raisedBy());
            insert.setString(10, request.careCategory());
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException raisedMeanwhile) {
            // Another transaction raised it between our look and our insert: theirs stands. A shared locking
            // read sees it (this transaction's snapshot, taken by the look, does not) without queueing for
            // the exclusive lock that every other loser of the race would also want (a deadlock).
            return sameAs(findCommitted(connection, request.sourceKey()).orElseThrow(() -> raisedMeanwhile), request);
        }
        return find(connection, request.sourceKey()).orElseThrow();
    }

    private static PaymentRequest sameAs(PaymentRequest stored, NewPaymentRequest asked) {
        if (stored.payerAccountId() != asked.payerAccountId() || stored.payeeAccountId() != asked.payeeAccountId()
                || !stored.amount().equals(asked.amount())) {
            throw new IllegalStateException("Payment request " + stored.sourceKey()
                    + " was raised before for a different payer, payee or amount");
        }
        return stored;
    }

    public Optional<PaymentRequest> find(Connection connection, String sourceKey) throws SQLException {
        return find(connection, sourceKey, false);
    }

    private static Optional<PaymentRequest> findCommitted(Connection connection, String sourceKey) throws SQLException {
        return find(connection, sourceKey, true);
    }

    private static Optional<PaymentRequest> find(Connection connection, String sourceKey, boolean latestCommitted)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM payment_request WHERE source_key = ?" + (latestCommitted ? " LOCK IN SHARE MODE" : ""))) {
            select.setString(1, sourceKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /** The requests a payer has in the given status, oldest first. */
    public List<PaymentRequest> forPayer(Connection connection, long payerAccountId, PaymentRequestStatus status)
            throws SQLException {
        List<PaymentRequest> requests = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM payment_request WHERE payer_account_id = ? AND status = ? ORDER BY raised_at, id")) {
            select.setLong(1, payerAccountId);
            select.setString(2, status.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    requests.add(read(rows));
                }
            }
        }
        return requests;
    }

    /** The request with this id, as this transaction sees it. */
    public Optional<PaymentRequest> byId(Connection connection, long requestId) throws SQLException {
        return findBy(connection, "id = ?", requestId, false);
    }

    /**
     * The request with this id as last committed, locked until the transaction ends: take this
     * before deciding it, so two decisions (a double click, a standing approval) cannot both pay.
     */
    public Optional<PaymentRequest> lock(Connection connection, long requestId) throws SQLException {
        Transactions.requireTransaction(connection);
        return findBy(connection, "id = ?", requestId, true);
    }

    private static Optional<PaymentRequest> findBy(Connection connection, String where, long value, boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM payment_request WHERE " + where + (lock ? " FOR UPDATE" : ""))) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /**
     * The payer confirmed a waiting request and the money is on its way: it waits for Stripe to
     * confirm the transfer. Call with the request locked ({@link #lock}).
     *
     * @throws IllegalStateException when the request is not waiting
     */
    public void markPaying(Connection connection, long requestId, long stripeTransferId) throws SQLException {
        decide(connection, requestId, "status = 'PAYING', stripe_transfer_id = ?, waiting_reason = NULL",
                stripeTransferId);
    }

    /**
     * The payer refused a waiting request, with their reason. Call with the request locked.
     *
     * @throws IllegalStateException when the request is not waiting
     */
    public void refuse(Connection connection, long requestId, String reason) throws SQLException {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new IllegalArgumentException("A refusal needs a reason of up to 500 characters");
        }
        decide(connection, requestId, "status = 'REFUSED', refusal_reason = ?", reason.strip());
    }

    private void decide(Connection connection, long requestId, String set, Object value) throws SQLException {
        Transactions.requireTransaction(connection);
        try (PreparedStatement update = connection.prepareStatement("UPDATE payment_request SET " + set
                + ", decided_at = ? WHERE id = ? AND status = 'AWAITING'")) {
            update.setObject(1, value);
            update.setObject(2, UtcTime.column(clock.instant()));
            update.setLong(3, requestId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("Payment request " + requestId + " is no longer waiting for a decision");
            }
        }
    }

    /** Says why a waiting request could not be paid automatically yet; it keeps waiting. */
    public void noteWaiting(Connection connection, long requestId, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE payment_request SET waiting_reason = ? WHERE id = ? AND status = 'AWAITING'")) {
            update.setString(1, reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300));
            update.setLong(2, requestId);
            update.executeUpdate();
        }
    }

    /**
     * Marks paid every request whose transfer Stripe has confirmed (after a webhook settled
     * transfers in the same transaction).
     *
     * @return how many requests became paid
     */
    public int markPaidWhereTransferSettled(Connection connection) throws SQLException {
        Transactions.requireTransaction(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE payment_request r JOIN stripe_transfer t ON t.id = r.stripe_transfer_id"
                        + " SET r.status = 'PAID', r.paid_at = t.settled_at"
                        + " WHERE r.status = 'PAYING' AND t.status = 'PAID'")) {
            return update.executeUpdate();
        }
    }

    /** One page of a payer's requests in any of the statuses, newest first. */
    public List<PaymentRequest> forPayer(Connection connection, long payerAccountId, Set<PaymentRequestStatus> statuses,
                                         int offset, int limit) throws SQLException {
        return page(connection, "payer_account_id", payerAccountId, statuses, offset, limit);
    }

    /** How many requests a payer has in any of the statuses. */
    public long countForPayer(Connection connection, long payerAccountId, Set<PaymentRequestStatus> statuses)
            throws SQLException {
        return count(connection, "payer_account_id", payerAccountId, statuses);
    }

    /** One page of the requests to a payee, newest first. */
    public List<PaymentRequest> forPayee(Connection connection, long payeeAccountId, int offset, int limit)
            throws SQLException {
        return page(connection, "payee_account_id", payeeAccountId, EnumSet.allOf(PaymentRequestStatus.class),
                offset, limit);
    }

    public long countForPayee(Connection connection, long payeeAccountId) throws SQLException {
        return count(connection, "payee_account_id", payeeAccountId, EnumSet.allOf(PaymentRequestStatus.class));
    }

    private static List<PaymentRequest> page(Connection connection, String party, long accountId,
                                             Set<PaymentRequestStatus> statuses, int offset, int limit)
            throws SQLException {
        List<PaymentRequest> requests = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM payment_request WHERE "
                + party + " = ? AND status IN (" + placeholders(statuses) + ") ORDER BY raised_at DESC, id DESC"
                + " LIMIT ? OFFSET ?")) {
            int index = bind(select, accountId, statuses);
            select.setInt(index++, limit);
            select.setInt(index, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    requests.add(read(rows));
                }
            }
        }
        return requests;
    }

    private static long count(Connection connection, String party, long accountId, Set<PaymentRequestStatus> statuses)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM payment_request WHERE "
                + party + " = ? AND status IN (" + placeholders(statuses) + ")")) {
            bind(select, accountId, statuses);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String placeholders(Set<PaymentRequestStatus> statuses) {
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("Name at least one status");
        }
        return String.join(", ", Collections.nCopies(statuses.size(), "?"));
    }

    private static int bind(PreparedStatement select, long accountId, Set<PaymentRequestStatus> statuses)
            throws SQLException {
        int index = 1;
        select.setLong(index++, accountId);
        for (PaymentRequestStatus status : statuses) {
            select.setString(index++, status.name());
        }
        return index;
    }

    private static PaymentRequest read(ResultSet row) throws SQLException {
        return new PaymentRequest(row.getLong("id"), row.getString("source_key"), row.getLong("payer_account_id"),
                row.getLong("payee_account_id"), Funding.valueOf(row.getString("funding")),
                Money.ofPence(row.getLong("amount_pence")), row.getString("description"),
                PaymentRequestStatus.valueOf(row.getString("status")), UtcTime.read(row, "raised_at"),
                row.getString("care_category"), UtcTime.read(row, "decided_at"), row.getString("refusal_reason"),
                row.getString("waiting_reason"), UtcTime.read(row, "paid_at"));
    }
}
