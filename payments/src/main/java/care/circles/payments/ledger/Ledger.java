package care.circles.payments.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;

/**
 * The double-entry ledger: accounts, and journal entries whose postings always sum to zero.
 *
 * <p>Append-only: no entry or posting is ever updated or deleted; {@link #reverse} corrects a
 * mistake with a new entry that names the original. Posting is idempotent by the entry's key:
 * the same key posts once, and a second post (a retry, or a concurrent duplicate that loses
 * the race on the unique key) returns the first entry.
 *
 * <p>Each account's balance is the sum of its postings. The account row also keeps that sum,
 * updated under the row's lock in the same transaction as the postings, so a balance check
 * reads the latest committed figure whatever the caller's isolation level; {@link #check}
 * proves the two agree.
 *
 * <p>All methods work inside the caller's transaction (see the package documentation).
 */
public final class Ledger {

    private static final String ENTRY_COLUMNS = "id, idempotency_key, reason, description, actor_account_id,"
            + " external_reference, reverses_entry_id, created_at";

    private final Clock clock;

    public Ledger(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The account of this kind for this owner, opened now if it does not exist yet. Safe to
     * call twice or at the same time from two transactions.
     */
    public LedgerAccount openAccount(Connection connection, AccountKind kind, Owner owner, String name)
            throws SQLException {
        Optional<LedgerAccount> existing = findAccount(connection, kind, owner);
        if (existing.isPresent()) {
            return existing.get();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_account (kind, owner_type, owner_id, name, created_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind.name());
            insert.setString(2, owner.type());
            insert.setString(3, owner.id());
            insert.setString(4, name);
            insert.setObject(5, UtcTime.column(clock.instant()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new LedgerAccount(keys.getLong(1), kind, owner, name);
            }
        } catch (SQLIntegrityConstraintViolationException openedMeanwhile) {
            return findAccount(connection, kind, owner, true).orElseThrow(() -> openedMeanwhile);
        }
    }

    /**
     * The platform's own account of this kind ({@link AccountKind#PLATFORM_CLEARING},
     * {@link AccountKind#STRIPE_BALANCE}), opened on first use.
     */
    public LedgerAccount platformAccount(Connection connection, AccountKind kind) throws SQLException {
        String name = switch (kind) {
            case PLATFORM_CLEARING -> "Transfers on their way";
            case STRIPE_BALANCE -> "Paid out through Stripe";
            default -> throw new IllegalArgumentException(kind + " accounts belong to someone, not the platform");
        };
        return openAccount(connection, kind, Owner.platform(), name);
    }

    /** The account of this kind for this owner, if it was opened. */
    public Optional<LedgerAccount> findAccount(Connection connection, AccountKind kind, Owner owner)
            throws SQLException {
        return findAccount(connection, kind, owner, false);
    }

    private Optional<LedgerAccount> findAccount(Connection connection, AccountKind kind, Owner owner,
                                                boolean latestCommitted) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name FROM ledger_account WHERE kind = ? AND owner_type = ? AND owner_id = ?"
                        + (latestCommitted ? " FOR UPDATE" : ""))) {
            select.setString(1, kind.name());
            select.setString(2, owner.type());
            select.setString(3, owner.id());
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new LedgerAccount(row.getLong(1), kind, owner, row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /** @throws IllegalArgumentException when there is no such account */
    public LedgerAccount account(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, owner_type, owner_id, name FROM ledger_account WHERE id = ?")) {
            select.setLong(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("There is no ledger account " + accountId);
                }
                return new LedgerAccount(accountId, AccountKind.valueOf(row.getString(1)),
                        new Owner(row.getString(2), row.getString(3)), row.getString(4));
            }
        }
    }

    /**
     * Posts the entry once. If an entry with the same idempotency key exists (posted earlier,
     * or by a concurrent transaction that committed first), returns that one and posts nothing.
     *
     * @throws IdempotencyKeyReusedException when the key was used for different postings
     * @throws IllegalArgumentException when a posting names an account that does not exist
     */
    public JournalEntry post(Connection connection, NewEntry entry) throws SQLException {
        return post(connection, entry, null);
    }

    /**
     * Undoes an entry with a new entry that posts every leg the other way and names the
     * original. Idempotent by {@code idempotencyKey}; an entry is reversed at most once.
     *
     * @throws IllegalStateException when the entry was already reversed under another key
     */
    public JournalEntry reverse(Connection connection, long entryId, String idempotencyKey, String why,
                                Long actorAccountId) throws SQLException {
        JournalEntry original = entry(connection, entryId);
        return post(connection, NewEntry.reversing(original, idempotencyKey, why, actorAccountId), entryId);
    }

    private JournalEntry post(Connection connection, NewEntry entry, Long reverses) throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<JournalEntry> earlier = findEntry(connection, entry.idempotencyKey(), false);
        if (earlier.isPresent()) {
            return sameCommand(earlier.get(), entry);
        }
        Instant now = clock.instant();
        long entryId;
        try {
            entryId = insertEntry(connection, entry, reverses, now);
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            // The loser of a race on the key waited for the winner's commit; a locking read sees it.
            Optional<JournalEntry> winner = findEntry(connection, entry.idempotencyKey(), true);
            if (winner.isPresent()) {
                return sameCommand(winner.get(), entry);
            }
            throw new IllegalStateException("Entry " + reverses + " has already been reversed", duplicate);
        }
        Map<Long, Money> netByAccount = netByAccount(entry.postings());
        Set<Long> overdrawn = new HashSet<>();
        // Accounts are locked in id order, so two entries never wait on each other's accounts.
        for (Map.Entry<Long, Money> change : netByAccount.entrySet()) {
            AccountBalance after = applyToBalance(connection, change.getKey(), change.getValue());
            if (after.kind().isPeoplesMoney() && after.balance().isNegative() && change.getValue().isNegative()) {
                overdrawn.add(change.getKey());
                flagOverdraft(connection, entryId, change.getKey(), after.balance(), now);
            }
        }
        insertPostings(connection, entryId, entry.postings(), now);
        return new JournalEntry(entryId, entry.idempotencyKey(), entry.reason(), entry.description(),
                entry.actorAccountId(), entry.externalReference(), reverses, now, entry.postings(), overdrawn);
    }

    private static JournalEntry sameCommand(JournalEntry earlier, NewEntry asked) {
        if (earlier.reason() != asked.reason()
                || !netByAccount(earlier.postings()).equals(netByAccount(asked.postings()))) {
            throw new IdempotencyKeyReusedException(asked.idempotencyKey(), earlier.id());
        }
        return earlier;
    }

    private static Map<Long, Money> netByAccount(List<Posting> postings) {
        Map<Long, Money> net = new TreeMap<>();
        for (Posting posting : postings) {
            net.merge(posting.accountId(), posting.amount(), Money::plus);
        }
        net.values().removeIf(Money::isZero);
        return net;
    }

    private static long insertEntry(Connection connection, NewEntry entry, Long reverses, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO journal_entry (idempotency_key, reason, description, actor_account_id,"
                        + " external_reference, reverses_entry_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, entry.idempotencyKey());
            insert.setString(2, entry.reason().name());
            insert.setString(3, entry.description());
            insert.setObject(4, entry.actorAccountId());
            insert.setString(5, entry.externalReference());
            insert.setObject(6, reverses);
            insert.setObject(7, UtcTime.column(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private record AccountBalance(AccountKind kind, Money balance) {
    }

    private static AccountBalance applyToBalance(Connection connection, long accountId, Money change)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE ledger_account SET balance_pence = balance_pence + ? WHERE id = ?")) {
            update.setLong(1, change.pence());
            update.setLong(2, accountId);
            if (update.executeUpdate() != 1) {
                throw new IllegalArgumentException("There is no ledger account " + accountId);
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, balance_pence FROM ledger_account WHERE id = ?")) {
            select.setLong(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new AccountBalance(AccountKind.valueOf(row.getString(1)), Money.ofPence(row.getLong(2)));
            }
        }
    }

    private static void insertPostings(Connection connection, long entryId, List<Posting> postings, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO posting (journal_entry_id, ledger_account_id, amount_pence, posted_at) VALUES (?, ?, ?, ?)")) {
            for (Posting posting : postings) {
                insert.setLong(1, entryId);
                insert.setLong(2, posting.accountId());
                insert.setLong(3, posting.amount().pence());
                insert.setObject(4, UtcTime.column(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void flagOverdraft(Connection connection, long entryId, long accountId, Money balanceAfter,
                                      Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ledger_overdraft (journal_entry_id, ledger_account_id, balance_after_pence, flagged_at)"
                        + " VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, entryId);
            insert.setLong(2, accountId);
            insert.setLong(3, balanceAfter.pence());
            insert.setObject(4, UtcTime.column(now));
            insert.executeUpdate();
        }
    }

    /** The account's balance as this transaction sees it. */
    public Money balance(Connection connection, long accountId) throws SQLException {
        return balance(connection, accountId, false);
    }

    /**
     * The account's latest committed balance, locking the account until the caller's
     * transaction ends: check money is there and spend it without another transaction
     * spending it in between.
     */
    public Money lockBalance(Connection connection, long accountId) throws SQLException {
        Transactions.requireTransaction(connection);
        return balance(connection, accountId, true);
    }

    private static Money balance(Connection connection, long accountId, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT balance_pence FROM ledger_account WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            select.setLong(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("There is no ledger account " + accountId);
                }
                return Money.ofPence(row.getLong(1));
            }
        }
    }

    /** The entry posted under this idempotency key, if any, as this transaction sees it. */
    public Optional<JournalEntry> findEntry(Connection connection, String idempotencyKey) throws SQLException {
        return findEntry(connection, idempotencyKey, false);
    }

    /**
     * The entry posted under this idempotency key by any transaction that has committed, even
     * after this transaction's snapshot was taken. Locks the key until the transaction ends:
     * use it just before refusing a command, to tell "already done" from "cannot be done".
     */
    public Optional<JournalEntry> findCommittedEntry(Connection connection, String idempotencyKey)
            throws SQLException {
        Transactions.requireTransaction(connection);
        return findEntry(connection, idempotencyKey, true);
    }

    private static Optional<JournalEntry> findEntry(Connection connection, String key, boolean latestCommitted)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ENTRY_COLUMNS
                + " FROM journal_entry WHERE idempotency_key = ?" + (latestCommitted ? " FOR UPDATE" : ""))) {
            select.setString(1, key);
            return readEntry(connection, select, latestCommitted);
        }
    }

    /** @throws IllegalArgumentException when there is no such entry */
    public JournalEntry entry(Connection connection, long entryId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ENTRY_COLUMNS + " FROM journal_entry WHERE id = ?")) {
            select.setLong(1, entryId);
            return readEntry(connection, select, false)
                    .orElseThrow(() -> new IllegalArgumentException("There is no journal entry " + entryId));
        }
    }

    /**
     * With {@code latestCommitted}, the postings are read with locking reads too: a plain read
     * would use this transaction's snapshot, which may be older than the entry.
     */
    private static Optional<JournalEntry> readEntry(Connection connection, PreparedStatement select,
                                                    boolean latestCommitted) throws SQLException {
        String lock = latestCommitted ? " FOR UPDATE" : "";
        long id;
        String key;
        EntryReason reason;
        String description;
        Long actor;
        String external;
        Long reverses;
        Instant createdAt;
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            id = row.getLong("id");
            key = row.getString("idempotency_key");
            reason = EntryReason.valueOf(row.getString("reason"));
            description = row.getString("description");
            actor = row.getObject("actor_account_id", Long.class);
            external = row.getString("external_reference");
            reverses = row.getObject("reverses_entry_id", Long.class);
            createdAt = UtcTime.read(row, "created_at");
        }
        List<Posting> postings = new ArrayList<>();
        try (PreparedStatement select2 = connection.prepareStatement(
                "SELECT ledger_account_id, amount_pence FROM posting WHERE journal_entry_id = ? ORDER BY id" + lock)) {
            select2.setLong(1, id);
            try (ResultSet rows = select2.executeQuery()) {
                while (rows.next()) {
                    postings.add(new Posting(rows.getLong(1), Money.ofPence(rows.getLong(2))));
                }
            }
        }
        Set<Long> overdrawn = new HashSet<>();
        try (PreparedStatement select3 = connection.prepareStatement(
                "SELECT ledger_account_id FROM ledger_overdraft WHERE journal_entry_id = ?" + lock)) {
            select3.setLong(1, id);
            try (ResultSet rows = select3.executeQuery()) {
                while (rows.next()) {
                    overdrawn.add(rows.getLong(1));
                }
            }
        }
        return Optional.of(new JournalEntry(id, key, reason, description, actor, external, reverses, createdAt,
                postings, overdrawn));
    }

    /**
     * Gives an account another name, e.g. a pseudonym when the person asks to be forgotten: the
     * money on it, and every entry, stay as they were.
     */
    public void renameAccount(Connection connection, long accountId, String name) throws SQLException {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("An account name has 1 to 200 characters");
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE ledger_account SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, accountId);
            update.executeUpdate();
        }
    }

    /** When money last moved in or out of the account, if ever. */
    public Optional<Instant> lastActivity(Connection connection, long accountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(posted_at) AS last_posted FROM posting WHERE ledger_account_id = ?")) {
            select.setLong(1, accountId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Optional.ofNullable(UtcTime.read(row, "last_posted"));
            }
        }
    }

    /** Overdrafts flagged on an account, newest first. */
    public List<Overdraft> overdrafts(Connection connection, long accountId) throws SQLException {
        List<Overdraft> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT journal_entry_id, balance_after_pence, flagged_at FROM ledger_overdraft"
                        + " WHERE ledger_account_id = ? ORDER BY flagged_at DESC, id DESC")) {
            select.setLong(1, accountId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new Overdraft(rows.getLong(1), accountId, Money.ofPence(rows.getLong(2)),
                            UtcTime.read(rows, "flagged_at")));
                }
            }
        }
        return found;
    }

    /**
     * Checks the whole ledger: every entry sums to zero, all postings together sum to zero, and
     * every account's kept balance equals the sum of its postings. For monitoring and tests.
     */
    public LedgerCheck check(Connection connection) throws SQLException {
        List<Long> unbalancedEntries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT journal_entry_id FROM posting GROUP BY journal_entry_id HAVING SUM(amount_pence) <> 0");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                unbalancedEntries.add(rows.getLong(1));
            }
        }
        List<Long> accountsOff = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT a.id FROM ledger_account a LEFT JOIN posting p ON p.ledger_account_id = a.id"
                        + " GROUP BY a.id, a.balance_pence HAVING a.balance_pence <> COALESCE(SUM(p.amount_pence), 0)");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                accountsOff.add(rows.getLong(1));
            }
        }
        long total;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(SUM(amount_pence), 0) FROM posting");
             ResultSet row = select.executeQuery()) {
            row.next();
            total = row.getLong(1);
        }
        return new LedgerCheck(unbalancedEntries, accountsOff, Money.ofPence(total));
    }
}
