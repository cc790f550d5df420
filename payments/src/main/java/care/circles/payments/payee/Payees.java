package care.circles.payments.payee;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;

import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.LedgerAccount;
import care.circles.payments.ledger.Owner;

/** The people and businesses paid from direct payments, each with a ledger account. */
public final class Payees {

    /** What Stripe Connect account ids look like. */
    public static final String STRIPE_ACCOUNT_ID = "acct_[A-Za-z0-9]{1,250}";

    private final Ledger ledger;
    private final Clock clock;

    public Payees(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * The payee for this account, registered now (with a ledger account) if new. Calling it
     * again returns the same payee.
     *
     * @param stripeAccountId their Stripe Connect account id, or null for none yet
     */
    public Payee register(Connection connection, long ownerAccountId, String name, String stripeAccountId)
            throws SQLException {
        Transactions.requireTransaction(connection);
        if (stripeAccountId != null && !stripeAccountId.matches(STRIPE_ACCOUNT_ID)) {
            throw new IllegalArgumentException("A Stripe Connect account id looks like acct_1Pgaf…");
        }
        Optional<Payee> existing = findByOwner(connection, ownerAccountId);
        if (existing.isPresent()) {
            return existing.get();
        }
        LedgerAccount account = ledger.openAccount(connection, AccountKind.PAYEE, Owner.payee(ownerAccountId), name);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO payee (ledger_account_id, owner_account_id, stripe_account_id, created_at) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, account.id());
            insert.setLong(2, ownerAccountId);
            insert.setString(3, stripeAccountId);
            insert.setObject(4, UtcTime.column(clock.instant()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new Payee(keys.getLong(1), ownerAccountId, account.id(), stripeAccountId);
            }
        } catch (SQLIntegrityConstraintViolationException registeredMeanwhile) {
            return find(connection, "owner_account_id = ? FOR UPDATE", ownerAccountId).orElseThrow(() -> registeredMeanwhile);
        }
    }

    /**
     * Records the payee's Stripe Connect account (registering the payee first if new): transfers
     * from now on go to this account.
     *
     * @throws IllegalArgumentException when the id is not a Stripe Connect account id
     */
    public Payee connect(Connection connection, long ownerAccountId, String name, String stripeAccountId)
            throws SQLException {
        if (stripeAccountId == null || !stripeAccountId.matches(STRIPE_ACCOUNT_ID)) {
            throw new IllegalArgumentException("A Stripe Connect account id looks like acct_1Pgaf…");
        }
        Payee payee = register(connection, ownerAccountId, name, stripeAccountId);
        if (stripeAccountId.equals(payee.stripeAccountId())) {
            return payee;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE payee SET stripe_account_id = ? WHERE id = ?")) {
            update.setString(1, stripeAccountId);
            update.setLong(2, payee.id());
            update.executeUpdate();
        }
        return new Payee(payee.id(), payee.ownerAccountId(), payee.ledgerAccountId(), stripeAccountId);
    }

    public Optional<Payee> findByOwner(Connection connection, long ownerAccountId) throws SQLException {
        return find(connection, "owner_account_id = ?", ownerAccountId);
    }

    /** @throws IllegalArgumentException when there is no such payee */
    public Payee payee(Connection connection, long payeeId) throws SQLException {
        return find(connection, "id = ?", payeeId)
                .orElseThrow(() -> new IllegalArgumentException("There is no payee " + payeeId));
    }

    private static Optional<Payee> find(Connection connection, String where, long value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, owner_account_id, ledger_account_id, stripe_account_id FROM payee WHERE " + where)) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Payee(row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4)))
                        : Optional.empty();
            }
        }
    }
}
