package care.circles.payments.directpayment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.JournalEntry;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.LedgerAccount;
import care.circles.payments.ledger.NewEntry;
import care.circles.payments.ledger.Owner;

/**
 * Direct payment accounts: opening them, the council's scheduled and one-off loads, payments
 * out to payees (refused, posting nothing, when the money is not there), and statements.
 * Works inside the caller's transaction (see the package documentation of
 * {@code care.circles.payments}).
 */
public final class DirectPayments {

    /** Dates people speak of (statements, load dates) are dates in England. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String ACCOUNT_COLUMNS = "id, person_account_id, ledger_account_id, four_weekly_pence,"
            + " load_every_days, first_load_on, opened_at";

    private final Ledger ledger;
    private final Owner council;
    private final String councilName;
    private final Clock clock;

    /**
     * @param councilName the council that funds the accounts, e.g. "Dorset Council"
     */
    public DirectPayments(Ledger ledger, String councilName, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.councilName = Objects.requireNonNull(councilName, "councilName");
        this.council = Owner.council(councilName.length() > 64 ? councilName.substring(0, 64) : councilName);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens the person's direct payment account, or returns the one they have: a person has
     * one account, and opening twice (a double-clicked form) opens one.
     */
    public DirectPaymentAccount open(Connection connection, OpenDirectPayment opening) throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<DirectPaymentAccount> existing = findForPerson(connection, opening.personAccountId());
        if (existing.isPresent()) {
            return existing.get();
        }
        LedgerAccount account = ledger.openAccount(connection, AccountKind.DP_ACCOUNT,
                Owner.person(opening.personAccountId()), "Direct payment: " + opening.personName());
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO direct_payment_account (ledger_account_id, person_account_id, four_weekly_pence,"
                        + " load_every_days, first_load_on, opened_at, opened_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, account.id());
            insert.setLong(2, opening.personAccountId());
            insert.setLong(3, opening.fourWeeklyAmount().pence());
            insert.setInt(4, opening.loadEveryDays());
            insert.setObject(5, opening.firstLoadOn());
            insert.setObject(6, UtcTime.column(now));
            insert.setObject(7, opening.actorAccountId());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new DirectPaymentAccount(keys.getLong(1), opening.personAccountId(), account.id(),
                        opening.fourWeeklyAmount(), opening.loadEveryDays(), opening.firstLoadOn(), now);
            }
        } catch (SQLIntegrityConstraintViolationException openedMeanwhile) {
            return findAccount(connection, "person_account_id = ? FOR UPDATE", opening.personAccountId())
                    .orElseThrow(() -> openedMeanwhile);
        }
    }

    public Optional<DirectPaymentAccount> findForPerson(Connection connection, long personAccountId)
            throws SQLException {
        return findAccount(connection, "person_account_id = ?", personAccountId);
    }

    /** @throws IllegalArgumentException when there is no such account */
    public DirectPaymentAccount account(Connection connection, long directPaymentAccountId) throws SQLException {
        return findAccount(connection, "id = ?", directPaymentAccountId).orElseThrow(
                () -> new IllegalArgumentException("There is no direct payment account " + directPaymentAccountId));
    }

    /** Every direct payment account, oldest first. */
    public List<DirectPaymentAccount> all(Connection connection) throws SQLException {
        List<DirectPaymentAccount> accounts = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ACCOUNT_COLUMNS + " FROM direct_payment_account ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                accounts.add(readAccount(rows));
            }
        }
        return accounts;
    }

    private static Optional<DirectPaymentAccount> findAccount(Connection connection, String where, long value)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + ACCOUNT_COLUMNS + " FROM direct_payment_account WHERE " + where)) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(readAccount(row)) : Optional.empty();
            }
        }
    }

    private static DirectPaymentAccount readAccount(ResultSet row) throws SQLException {
        return new DirectPaymentAccount(row.getLong("id"), row.getLong("person_account_id"),
                row.getLong("ledger_account_id"), Money.ofPence(row.getLong("four_weekly_pence")),
                row.getInt("load_every_days"), row.getObject("first_load_on", LocalDate.class),
                UtcTime.read(row, "opened_at"));
    }

    /** The council's funding account, opened on first use. */
    public LedgerAccount councilFunding(Connection connection) throws SQLException {
        return ledger.openAccount(connection, AccountKind.COUNCIL_FUNDING, council, councilName + " funding");
    }

    /**
     * Posts every scheduled load that has fallen due by today (UK date) and was not posted yet,
     * for every account: a missed run catches up, and a second run the same day posts nothing.
     *
     * @return the loads posted by this call
     */
    public List<JournalEntry> postDueLoads(Connection connection) throws SQLException {
        List<JournalEntry> posted = new ArrayList<>();
        for (DirectPaymentAccount account : all(connection)) {
            posted.addAll(postDueLoads(connection, account));
        }
        return posted;
    }

    /** Posts the loads of one account that have fallen due by today and were not posted yet. */
    public List<JournalEntry> postDueLoads(Connection connection, DirectPaymentAccount account) throws SQLException {
        Transactions.requireTransaction(connection);
        List<JournalEntry> posted = new ArrayList<>();
        if (!account.hasScheduledLoads()) {
            return posted;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), UK);
        long funding = councilFunding(connection).id();
        Set<String> done = postedLoadKeys(connection, account.id());
        for (LocalDate due = account.firstLoadOn(); !due.isAfter(today); due = due.plusDays(account.loadEveryDays())) {
            String key = loadKey(account.id(), due);
            if (!done.contains(key)) {
                posted.add(ledger.post(connection, NewEntry.transfer(key, EntryReason.LOAD,
                        "Direct payment from " + councilName + " for " + account.loadEveryDays()
                                + " days from " + SPOKEN_DATE.format(due),
                        null, null, funding, account.ledgerAccountId(), account.fourWeeklyAmount())));
            }
        }
        return posted;
    }

    private static String loadKey(long accountId, LocalDate due) {
        return "dp-load:" + accountId + ":" + due;
    }

    private static Set<String> postedLoadKeys(Connection connection, long accountId) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT idempotency_key FROM journal_entry WHERE idempotency_key LIKE ?")) {
            select.setString(1, "dp-load:" + accountId + ":%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        }
        return keys;
    }

    /**
     * A one-off payment from the council onto the account: a low-value direct payment (a
     * carer's break) or an extra payment agreed with the person.
     */
    public JournalEntry loadOneOff(Connection connection, long directPaymentAccountId, Money amount,
                                   String description, String idempotencyKey, Long actorAccountId)
            throws SQLException {
        DirectPaymentAccount account = account(connection, directPaymentAccountId);
        return ledger.post(connection, NewEntry.transfer(idempotencyKey, EntryReason.ONE_OFF_LOAD, description,
                actorAccountId, null, councilFunding(connection).id(), account.ledgerAccountId(), amount));
    }

    /** The account's balance and holds as this transaction sees them (for pages). */
    public Funds funds(Connection connection, long directPaymentAccountId) throws SQLException {
        return readFunds(connection, directPaymentAccountId, false);
    }

    /**
     * The account's latest committed balance and holds, locking the account until the caller's
     * transaction ends, so money checked here cannot be spent by anyone else meanwhile. Every
     * payment out, card decision and clawback takes this lock first.
     */
    public Funds lockFunds(Connection connection, long directPaymentAccountId) throws SQLException {
        Transactions.requireTransaction(connection);
        return readFunds(connection, directPaymentAccountId, true);
    }

    private static Funds readFunds(Connection connection, long directPaymentAccountId, boolean lock)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT l.balance_pence, d.held_pence FROM direct_payment_account d"
                        + " JOIN ledger_account l ON l.id = d.ledger_account_id WHERE d.id = ?"
                        + (lock ? " FOR UPDATE" : ""))) {
            select.setLong(1, directPaymentAccountId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("There is no direct payment account " + directPaymentAccountId);
                }
                return new Funds(Money.ofPence(row.getLong(1)), Money.ofPence(row.getLong(2)));
            }
        }
    }

    /**
     * Pays a payee from the account, if the money is there after pending card holds. A refusal
     * says how much is missing and posts nothing. Paying again with the same idempotency key
     * returns the first payment.
     */
    public SpendResult payOut(Connection connection, PayOut payOut) throws SQLException {
        DirectPaymentAccount account = account(connection, payOut.directPaymentAccountId());
        return spend(connection, account, NewEntry.transfer(payOut.idempotencyKey(), EntryReason.PAY_OUT,
                payOut.description(), payOut.actorAccountId(), null, account.ledgerAccountId(),
                payOut.payee().ledgerAccountId(), payOut.amount()));
    }

    /**
     * Posts an entry that takes money from the account, if the money is there after pending
     * card holds; otherwise posts nothing and says how much is missing. Idempotent by the
     * entry's key: a retry after the money was spent returns the first entry, not a refusal.
     */
    public SpendResult spend(Connection connection, DirectPaymentAccount account, NewEntry entry) throws SQLException {
        Money amount = Money.ZERO;
        for (var posting : entry.postings()) {
            if (posting.accountId() == account.ledgerAccountId()) {
                amount = amount.minus(posting.amount());
            }
        }
        Funds funds = lockFunds(connection, account.id());
        Optional<JournalEntry> earlier = ledger.findEntry(connection, entry.idempotencyKey());
        if (earlier.isPresent()) {
            return new SpendResult.Posted(earlier.get());
        }
        Money missing = funds.shortOf(amount);
        if (missing.isPositive()) {
            // A duplicate that committed after this transaction's snapshot already took the money.
            return ledger.findCommittedEntry(connection, entry.idempotencyKey())
                    .<SpendResult>map(SpendResult.Posted::new)
                    .orElseGet(() -> new SpendResult.Refused(missing, funds));
        }
        return new SpendResult.Posted(ledger.post(connection, entry));
    }

    /**
     * The account's statement from {@code from} to {@code to} (UK dates, both included), with
     * a running balance.
     */
    public Statement statement(Connection connection, long directPaymentAccountId, LocalDate from, LocalDate to)
            throws SQLException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date must be the same as or after the start date");
        }
        long ledgerAccountId = account(connection, directPaymentAccountId).ledgerAccountId();
        Instant start = from.atStartOfDay(UK).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(UK).toInstant();
        Money opening;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(SUM(amount_pence), 0) FROM posting WHERE ledger_account_id = ? AND posted_at < ?")) {
            select.setLong(1, ledgerAccountId);
            select.setObject(2, UtcTime.column(start));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                opening = Money.ofPence(row.getLong(1));
            }
        }
        List<StatementRow> rows = new ArrayList<>();
        Money running = opening;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.amount_pence, p.posted_at, e.description FROM posting p"
                        + " JOIN journal_entry e ON e.id = p.journal_entry_id"
                        + " WHERE p.ledger_account_id = ? AND p.posted_at >= ? AND p.posted_at < ?"
                        + " ORDER BY p.posted_at, p.id")) {
            select.setLong(1, ledgerAccountId);
            select.setObject(2, UtcTime.column(start));
            select.setObject(3, UtcTime.column(end));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Money amount = Money.ofPence(result.getLong("amount_pence"));
                    running = running.plus(amount);
                    rows.add(new StatementRow(LocalDate.ofInstant(UtcTime.read(result, "posted_at"), UK),
                            result.getString("description"),
                            amount.isPositive() ? amount : Money.ZERO,
                            amount.isNegative() ? amount.negate() : Money.ZERO,
                            running));
                }
            }
        }
        return new Statement(from, to, opening, rows);
    }
}
