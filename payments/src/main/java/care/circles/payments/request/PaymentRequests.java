package care.circles.payments.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
            + " amount_pence, description, status, raised_at";

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
                        + " description, status, raised_at, raised_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException raisedMeanwhile) {
            // Another transaction raised it between our look and our insert: theirs stands. A shared locking
            // read sees it (our snapshot, taken by the look, does not) without queueing for the exclusive
            // lock that every other loser of the race would also want (a deadlock).
            return sameAs(find(connection, request.sourceKey(), " LOCK IN SHARE MODE")
                    .orElseThrow(() -> raisedMeanwhile), request);
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
        return find(connection, sourceKey, "");
    }

    private static Optional<PaymentRequest> find(Connection connection, String sourceKey, String locking)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM payment_request WHERE source_key = ?" + locking)) {
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

    private static PaymentRequest read(ResultSet row) throws SQLException {
        return new PaymentRequest(row.getLong("id"), row.getString("source_key"), row.getLong("payer_account_id"),
                row.getLong("payee_account_id"), Funding.valueOf(row.getString("funding")),
                Money.ofPence(row.getLong("amount_pence")), row.getString("description"),
                PaymentRequestStatus.valueOf(row.getString("status")), UtcTime.read(row, "raised_at"));
    }
}
