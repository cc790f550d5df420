package care.circles.payments.stripe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.NewEntry;
import care.circles.payments.payee.Payee;
import care.circles.payments.payee.Payees;

/**
 * Sends payees the money they have earned, to their Stripe Connect account.
 *
 * <ol>
 *   <li>{@link #request}: records the transfer as pending and moves the money from the payee's
 *       account to platform clearing, in the caller's transaction.</li>
 *   <li>{@link #submit}: calls Stripe with the transfer's idempotency key (so a retry after a
 *       lost answer creates no second transfer) and stores Stripe's id. Call it after the
 *       request committed, in a short transaction of its own.</li>
 *   <li>{@link #settle} and {@link #reverse}, from the webhook: Stripe confirmed (clearing to
 *       Stripe balance) or reversed it (the money is the payee's balance again). A webhook that
 *       arrives before {@link #submit} stored Stripe's id is matched by the key in the
 *       transfer's metadata.</li>
 * </ol>
 */
public final class StripeTransfers {

    /** The metadata key that carries our idempotency key on a Stripe transfer. */
    public static final String KEY_METADATA = "circles_transfer_key";

    private static final String COLUMNS = "id, idempotency_key, payee_id, destination, amount_pence, status,"
            + " stripe_transfer_id";

    private final StripeClient stripe;
    private final Ledger ledger;
    private final Payees payees;
    private final Clock clock;

    public StripeTransfers(StripeClient stripe, Ledger ledger, Payees payees, Clock clock) {
        this.stripe = Objects.requireNonNull(stripe, "stripe");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.payees = Objects.requireNonNull(payees, "payees");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a transfer of {@code amount} to the payee, setting the money aside in clearing.
     * Refused (nothing written) when the payee's balance is smaller; the same key records once.
     */
    public TransferRequest request(Connection connection, long payeeId, Money amount, String idempotencyKey,
                                   Long actorAccountId) throws SQLException {
        Transactions.requireTransaction(connection);
        Payee payee = payees.payee(connection, payeeId);
        if (payee.stripeAccountId() == null) {
            throw new IllegalStateException("This payee has no Stripe account yet, so cannot be paid through Stripe");
        }
        Money balance = ledger.lockBalance(connection, payee.ledgerAccountId());
        Optional<PayeeTransfer> earlier = find(connection, "idempotency_key = ?", idempotencyKey, false);
        if (earlier.isPresent()) {
            return new TransferRequest.Recorded(earlier.get());
        }
        if (amount.isGreaterThan(balance)) {
            Optional<PayeeTransfer> committed = find(connection, "idempotency_key = ?", idempotencyKey, true);
            return committed.<TransferRequest>map(TransferRequest.Recorded::new)
                    .orElseGet(() -> new TransferRequest.Refused(amount.minus(balance)));
        }
        long transferId;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stripe_transfer (idempotency_key, payee_id, destination, amount_pence, status, requested_at)"
                        + " VALUES (?, ?, ?, ?, 'PENDING', ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, idempotencyKey);
            insert.setLong(2, payee.id());
            insert.setString(3, payee.stripeAccountId());
            insert.setLong(4, amount.pence());
            insert.setObject(5, UtcTime.column(clock.instant()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                transferId = keys.getLong(1);
            }
        } catch (SQLIntegrityConstraintViolationException recordedMeanwhile) {
            return new TransferRequest.Recorded(find(connection, "idempotency_key = ?", idempotencyKey, true)
                    .orElseThrow(() -> recordedMeanwhile));
        }
        ledger.post(connection, NewEntry.transfer("transfer-requested:" + idempotencyKey,
                EntryReason.TRANSFER_REQUESTED, "Sent to your bank through Stripe", actorAccountId, null,
                payee.ledgerAccountId(), clearing(connection), amount));
        return new TransferRequest.Recorded(new PayeeTransfer(transferId, idempotencyKey, payee.id(),
                payee.stripeAccountId(), amount, TransferStatus.PENDING, null));
    }

    /**
     * Asks Stripe to make a pending transfer (a network call) and stores Stripe's id. Does
     * nothing for a transfer Stripe already has. If Stripe cannot be reached, throws and changes
     * nothing: call again later, and the idempotency key stops Stripe making it twice.
     *
     * @throws TransferFailedException when Stripe refused or could not be reached
     */
    public PayeeTransfer submit(Connection connection, long transferId) throws SQLException {
        Transactions.requireTransaction(connection);
        PayeeTransfer transfer = find(connection, "id = ?", transferId, true)
                .orElseThrow(() -> new IllegalArgumentException("There is no transfer " + transferId));
        if (transfer.status() != TransferStatus.PENDING || transfer.stripeTransferId() != null) {
            return transfer;
        }
        Transfer created;
        try {
            created = stripe.v1().transfers().create(TransferCreateParams.builder()
                            .setAmount(transfer.amount().pence())
                            .setCurrency("gbp")
                            .setDestination(transfer.destination())
                            .putMetadata(KEY_METADATA, transfer.idempotencyKey())
                            .build(),
                    RequestOptions.builder().setIdempotencyKey("circles-transfer:" + transfer.idempotencyKey()).build());
        } catch (StripeException e) {
            throw new TransferFailedException("Stripe did not take the transfer: " + e.getMessage(), e);
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE stripe_transfer SET status = 'SUBMITTED', stripe_transfer_id = ? WHERE id = ?")) {
            update.setString(1, created.getId());
            update.setLong(2, transferId);
            update.executeUpdate();
        }
        return withStatus(transfer, TransferStatus.SUBMITTED, created.getId());
    }

    /**
     * Stripe confirmed the transfer: the money moves from clearing to the Stripe balance.
     * Confirming twice does nothing more.
     *
     * @return empty when no transfer of ours matches (it may not be recorded yet)
     */
    public Optional<PayeeTransfer> settle(Connection connection, Transfer confirmed) throws SQLException {
        Optional<PayeeTransfer> found = lockMatching(connection, confirmed);
        if (found.isEmpty()) {
            return found;
        }
        PayeeTransfer transfer = found.get();
        if (transfer.status() == TransferStatus.PAID || transfer.status() == TransferStatus.REVERSED) {
            return found;
        }
        ledger.post(connection, NewEntry.transfer("transfer-settled:" + transfer.idempotencyKey(),
                EntryReason.TRANSFER_SETTLED, "Stripe transfer " + confirmed.getId() + " confirmed", null,
                confirmed.getId(), clearing(connection), stripeBalance(connection), transfer.amount()));
        return Optional.of(markSettled(connection, transfer, TransferStatus.PAID, confirmed.getId()));
    }

    /**
     * Stripe reversed the transfer: the money is the payee's balance with us again (from the
     * Stripe balance if it had been confirmed, from clearing if not). Reversing twice does
     * nothing more.
     *
     * @return empty when no transfer of ours matches (it may not be recorded yet)
     */
    public Optional<PayeeTransfer> reverse(Connection connection, Transfer reversed) throws SQLException {
        Optional<PayeeTransfer> found = lockMatching(connection, reversed);
        if (found.isEmpty() || found.get().status() == TransferStatus.REVERSED) {
            return found;
        }
        PayeeTransfer transfer = found.get();
        long from = transfer.status() == TransferStatus.PAID ? stripeBalance(connection) : clearing(connection);
        ledger.post(connection, NewEntry.transfer("transfer-reversed:" + transfer.idempotencyKey(),
                EntryReason.TRANSFER_REVERSED, "Stripe transfer " + reversed.getId() + " reversed: money returned",
                null, reversed.getId(), from, payees.payee(connection, transfer.payeeId()).ledgerAccountId(),
                transfer.amount()));
        return Optional.of(markSettled(connection, transfer, TransferStatus.REVERSED, reversed.getId()));
    }

    private Optional<PayeeTransfer> lockMatching(Connection connection, Transfer stripeTransfer) throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<PayeeTransfer> byId = find(connection, "stripe_transfer_id = ?", stripeTransfer.getId(), true);
        if (byId.isPresent()) {
            return byId;
        }
        String key = stripeTransfer.getMetadata() == null ? null : stripeTransfer.getMetadata().get(KEY_METADATA);
        return key == null ? Optional.empty() : find(connection, "idempotency_key = ?", key, true);
    }

    private PayeeTransfer markSettled(Connection connection, PayeeTransfer transfer, TransferStatus status,
                                      String stripeTransferId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE stripe_transfer SET status = ?, stripe_transfer_id = ?, settled_at = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setString(2, stripeTransferId);
            update.setObject(3, UtcTime.column(clock.instant()));
            update.setLong(4, transfer.id());
            update.executeUpdate();
        }
        return withStatus(transfer, status, stripeTransferId);
    }

    /** @throws IllegalArgumentException when there is no such transfer */
    public PayeeTransfer transfer(Connection connection, long transferId) throws SQLException {
        return find(connection, "id = ?", transferId, false)
                .orElseThrow(() -> new IllegalArgumentException("There is no transfer " + transferId));
    }

    private static PayeeTransfer withStatus(PayeeTransfer transfer, TransferStatus status, String stripeTransferId) {
        return new PayeeTransfer(transfer.id(), transfer.idempotencyKey(), transfer.payeeId(), transfer.destination(),
                transfer.amount(), status, stripeTransferId);
    }

    private static Optional<PayeeTransfer> find(Connection connection, String where, Object value, boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM stripe_transfer WHERE " + where + (lock ? " FOR UPDATE" : ""))) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new PayeeTransfer(row.getLong(1), row.getString(2), row.getLong(3),
                                row.getString(4), Money.ofPence(row.getLong(5)), TransferStatus.valueOf(row.getString(6)),
                                row.getString(7)))
                        : Optional.empty();
            }
        }
    }

    private long clearing(Connection connection) throws SQLException {
        return ledger.platformAccount(connection, AccountKind.PLATFORM_CLEARING).id();
    }

    private long stripeBalance(Connection connection) throws SQLException {
        return ledger.platformAccount(connection, AccountKind.STRIPE_BALANCE).id();
    }
}
