package care.circles.payments.card;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.DirectPayments;
import care.circles.payments.directpayment.Funds;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.JournalEntry;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.NewEntry;

/**
 * Pre-paid cards on direct payment accounts: issuing, freezing and replacing them through the
 * {@link CardIssuer}, deciding card payments in real time with holds, and settling what the
 * network captured or refunded into the ledger.
 *
 * <p>Works inside the caller's transaction. {@link #issue}, {@link #freeze}, {@link #unfreeze}
 * and {@link #replace} call the issuer over the network; {@link #authorize} and {@link #settle}
 * do not, and the decision takes one locking read and two writes, all by unique key.
 * Who may act on which card (the holder, the council) is the caller's check.
 */
public final class PrepaidCards {

    private static final String CARD_COLUMNS = "id, direct_payment_account_id, issuer_card_id, last4, status,"
            + " replaces_card_id, issued_at";

    private final Ledger ledger;
    private final DirectPayments directPayments;
    private final CardIssuer issuer;
    private final BlockedMerchantCategories blocked;
    private final Clock clock;

    public PrepaidCards(Ledger ledger, DirectPayments directPayments, CardIssuer issuer,
                        BlockedMerchantCategories blocked, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.directPayments = Objects.requireNonNull(directPayments, "directPayments");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.blocked = Objects.requireNonNull(blocked, "blocked");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Issues a card on the account (calls the issuer). The idempotency key makes a retry after a
     * lost answer give the same card rather than a second one.
     */
    public PrepaidCard issue(Connection connection, long directPaymentAccountId, String cardholderId,
                             boolean physical, String idempotencyKey) throws SQLException {
        Transactions.requireTransaction(connection);
        DirectPaymentAccount account = directPayments.account(connection, directPaymentAccountId);
        IssuedCard issued = issuer.issue(new CardRequest(cardholderId, physical, idempotencyKey,
                Map.of("circles_direct_payment_account", Long.toString(account.id()))));
        return record(connection, account.id(), issued, null);
    }

    /** Stops the card being used (calls the issuer); payments are declined until unfrozen. */
    public PrepaidCard freeze(Connection connection, long cardId) throws SQLException {
        PrepaidCard card = lockCard(connection, cardId);
        if (card.status() == CardStatus.CANCELLED) {
            throw new IllegalStateException("This card has been cancelled and cannot be frozen");
        }
        issuer.freeze(card.issuerCardId());
        return changeStatus(connection, card, CardStatus.FROZEN);
    }

    /** Lets a frozen card be used again (calls the issuer). */
    public PrepaidCard unfreeze(Connection connection, long cardId) throws SQLException {
        PrepaidCard card = lockCard(connection, cardId);
        if (card.status() == CardStatus.CANCELLED) {
            throw new IllegalStateException("This card has been cancelled and cannot be used again");
        }
        issuer.unfreeze(card.issuerCardId());
        return changeStatus(connection, card, CardStatus.ACTIVE);
    }

    /** Replaces a lost, stolen, damaged or expired card (calls the issuer); the old one is cancelled. */
    public PrepaidCard replace(Connection connection, long cardId, ReplacementReason reason, String idempotencyKey)
            throws SQLException {
        PrepaidCard card = lockCard(connection, cardId);
        if (card.status() == CardStatus.CANCELLED) {
            throw new IllegalStateException("This card has already been cancelled; replace its newest card");
        }
        IssuedCard replacement = issuer.replace(card.issuerCardId(), reason, idempotencyKey);
        changeStatus(connection, card, CardStatus.CANCELLED);
        return record(connection, card.directPaymentAccountId(), replacement, card.id());
    }

    private PrepaidCard record(Connection connection, long accountId, IssuedCard issued, Long replaces)
            throws SQLException {
        Optional<PrepaidCard> known = findByIssuerId(connection, issued.issuerCardId());
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO prepaid_card (direct_payment_account_id, issuer_card_id, last4, status, replaces_card_id,"
                        + " issued_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, accountId);
            insert.setString(2, issued.issuerCardId());
            insert.setString(3, issued.last4());
            insert.setString(4, issued.status().name());
            insert.setObject(5, replaces);
            insert.setObject(6, UtcTime.column(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new PrepaidCard(keys.getLong(1), accountId, issued.issuerCardId(), issued.last4(),
                        issued.status(), replaces, now);
            }
        }
    }

    private static PrepaidCard changeStatus(Connection connection, PrepaidCard card, CardStatus status)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE prepaid_card SET status = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setLong(2, card.id());
            update.executeUpdate();
        }
        return new PrepaidCard(card.id(), card.directPaymentAccountId(), card.issuerCardId(), card.last4(), status,
                card.replacesCardId(), card.issuedAt());
    }

    /** @throws IllegalArgumentException when there is no such card */
    public PrepaidCard card(Connection connection, long cardId) throws SQLException {
        return findCard(connection, "id = ?", cardId)
                .orElseThrow(() -> new IllegalArgumentException("There is no card " + cardId));
    }

    private PrepaidCard lockCard(Connection connection, long cardId) throws SQLException {
        Transactions.requireTransaction(connection);
        return findCard(connection, "id = ? FOR UPDATE", cardId)
                .orElseThrow(() -> new IllegalArgumentException("There is no card " + cardId));
    }

    /** The account's cards, newest first. */
    public List<PrepaidCard> cardsOf(Connection connection, long directPaymentAccountId) throws SQLException {
        List<PrepaidCard> cards = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + CARD_COLUMNS
                + " FROM prepaid_card WHERE direct_payment_account_id = ? ORDER BY id DESC")) {
            select.setLong(1, directPaymentAccountId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cards.add(readCard(rows));
                }
            }
        }
        return cards;
    }

    public Optional<PrepaidCard> findByIssuerId(Connection connection, String issuerCardId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + CARD_COLUMNS + " FROM prepaid_card WHERE issuer_card_id = ?")) {
            select.setString(1, issuerCardId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(readCard(row)) : Optional.empty();
            }
        }
    }

    private static Optional<PrepaidCard> findCard(Connection connection, String where, long value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + CARD_COLUMNS + " FROM prepaid_card WHERE " + where)) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(readCard(row)) : Optional.empty();
            }
        }
    }

    private static PrepaidCard readCard(ResultSet row) throws SQLException {
        return new PrepaidCard(row.getLong("id"), row.getLong("direct_payment_account_id"),
                row.getString("issuer_card_id"), row.getString("last4"), CardStatus.valueOf(row.getString("status")),
                row.getObject("replaces_card_id", Long.class), UtcTime.read(row, "issued_at"));
    }

    /**
     * Decides a card payment in real time and records the decision; an approval places a hold
     * for the amount until the capture. The same authorisation id asked twice (the issuer
     * retrying) gets the first answer. An unknown card is declined and not recorded.
     */
    public AuthorizationDecision authorize(Connection connection, AuthorizationRequest request) throws SQLException {
        return record(connection, request, false);
    }

    /**
     * Records an approval the issuer gave without asking us (Stripe decides alone when our
     * answer is late) and places its hold, so what is available stays true. Does nothing for an
     * authorisation already recorded, or for an unknown card.
     */
    public void recordIssuerApproval(Connection connection, AuthorizationRequest request) throws SQLException {
        record(connection, request, true);
    }

    private AuthorizationDecision record(Connection connection, AuthorizationRequest request, boolean approvedByIssuer)
            throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<AuthorizationDecision> earlier = decisionFor(connection, request.issuerAuthorizationId(), false);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<PrepaidCard> found = findByIssuerId(connection, request.issuerCardId());
        if (found.isEmpty()) {
            return AuthorizationDecision.declined(DeclineReason.CARD_UNKNOWN,
                    "This card is not known. Ask the council for help");
        }
        PrepaidCard card = found.get();
        Funds funds = directPayments.lockFunds(connection, card.directPaymentAccountId());
        AuthorizationDecision decision = approvedByIssuer
                ? AuthorizationDecision.APPROVED
                : CardAuthorization.decide(card.status(), funds.available(), request.amount(),
                        request.merchantCategoryCode(), blocked);
        // A capture can arrive before its authorisation: then there is nothing left to hold.
        boolean holds = decision.approved() && request.amount().isPositive()
                && !alreadySettled(connection, request.issuerAuthorizationId());
        try {
            insertAuthorization(connection, request, card, decision, holds);
        } catch (SQLIntegrityConstraintViolationException decidedMeanwhile) {
            return decisionFor(connection, request.issuerAuthorizationId(), true).orElseThrow(() -> decidedMeanwhile);
        }
        if (holds) {
            changeHeld(connection, card.directPaymentAccountId(), request.amount());
        }
        return decision;
    }

    private void insertAuthorization(Connection connection, AuthorizationRequest request, PrepaidCard card,
                                     AuthorizationDecision decision, boolean holds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO card_authorization (issuer_authorization_id, card_id, direct_payment_account_id,"
                        + " amount_pence, merchant_category_code, merchant_name, approved, decline_reason,"
                        + " decline_message, hold_pence, hold_status, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, request.issuerAuthorizationId());
            insert.setLong(2, card.id());
            insert.setLong(3, card.directPaymentAccountId());
            insert.setLong(4, request.amount().pence());
            insert.setString(5, request.merchantCategoryCode());
            insert.setString(6, truncate(request.merchantName(), 255));
            insert.setBoolean(7, decision.approved());
            insert.setString(8, decision.reason() == null ? null : decision.reason().name());
            insert.setString(9, decision.approved() ? null : decision.messageForHolder());
            insert.setLong(10, holds ? request.amount().pence() : 0);
            insert.setString(11, holds ? "PENDING" : "NONE");
            insert.setObject(12, UtcTime.column(clock.instant()));
            insert.executeUpdate();
        }
    }

    private static Optional<AuthorizationDecision> decisionFor(Connection connection, String issuerAuthorizationId,
                                                               boolean latestCommitted) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT approved, decline_reason, decline_message FROM card_authorization"
                        + " WHERE issuer_authorization_id = ?" + (latestCommitted ? " FOR UPDATE" : ""))) {
            select.setString(1, issuerAuthorizationId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(row.getBoolean(1)
                        ? AuthorizationDecision.APPROVED
                        : AuthorizationDecision.declined(DeclineReason.valueOf(row.getString(2)), row.getString(3)));
            }
        }
    }

    /** Whether a decision was recorded for this authorisation (the issuer may tell us about it twice). */
    public boolean isKnownAuthorization(Connection connection, String issuerAuthorizationId) throws SQLException {
        return decisionFor(connection, issuerAuthorizationId, false).isPresent();
    }

    private static boolean alreadySettled(Connection connection, String issuerAuthorizationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM card_transaction WHERE issuer_authorization_id = ? LIMIT 1")) {
            select.setString(1, issuerAuthorizationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void changeHeld(Connection connection, long directPaymentAccountId, Money change)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE direct_payment_account SET held_pence = held_pence + ? WHERE id = ?")) {
            update.setLong(1, change.pence());
            update.setLong(2, directPaymentAccountId);
            update.executeUpdate();
        }
    }

    /**
     * Releases the hold of an authorisation that will not be captured (the merchant reversed
     * it, or it expired). Nothing happens if there is no pending hold.
     *
     * @return the amount released
     */
    public Money releaseHold(Connection connection, String issuerAuthorizationId) throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<Long> accountId = accountOfAuthorization(connection, issuerAuthorizationId);
        if (accountId.isEmpty()) {
            return Money.ZERO;
        }
        directPayments.lockFunds(connection, accountId.get());
        return releasePendingHold(connection, issuerAuthorizationId);
    }

    private static Optional<Long> accountOfAuthorization(Connection connection, String issuerAuthorizationId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT direct_payment_account_id FROM card_authorization WHERE issuer_authorization_id = ?")) {
            select.setString(1, issuerAuthorizationId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Call with the account's funds locked. */
    private Money releasePendingHold(Connection connection, String issuerAuthorizationId) throws SQLException {
        Money held;
        long accountId;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT hold_pence, direct_payment_account_id FROM card_authorization"
                        + " WHERE issuer_authorization_id = ? AND hold_status = 'PENDING' FOR UPDATE")) {
            select.setString(1, issuerAuthorizationId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Money.ZERO;
                }
                held = Money.ofPence(row.getLong(1));
                accountId = row.getLong(2);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE card_authorization SET hold_status = 'RELEASED', hold_released_at = ?"
                        + " WHERE issuer_authorization_id = ?")) {
            update.setObject(1, UtcTime.column(clock.instant()));
            update.setString(2, issuerAuthorizationId);
            update.executeUpdate();
        }
        changeHeld(connection, accountId, held.negate());
        return held;
    }

    /**
     * Posts what the network actually captured or refunded. A capture releases its
     * authorisation's hold (the captured amount may differ from the hold: a tip, a partial
     * shipment) and posts the captured amount. A capture that bypassed the card's controls is
     * posted even if it overdraws the account, and flagged for the council. The same
     * transaction id settles once.
     *
     * @return empty when the card is not known here (the caller may retry later)
     */
    public Optional<Settlement> settle(Connection connection, CardTransaction transaction) throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<PrepaidCard> found = findByIssuerId(connection, transaction.issuerCardId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PrepaidCard card = found.get();
        DirectPaymentAccount account = directPayments.account(connection, card.directPaymentAccountId());
        directPayments.lockFunds(connection, account.id());
        String key = "card-transaction:" + transaction.issuerTransactionId();
        Optional<JournalEntry> earlier = ledger.findEntry(connection, key);
        if (earlier.isPresent()) {
            return Optional.of(new Settlement(earlier.get(), Money.ZERO, earlier.get().isOverdraft(),
                    account.personAccountId()));
        }
        Money released = Money.ZERO;
        if (transaction.kind() == CardTransaction.Kind.CAPTURE && transaction.issuerAuthorizationId() != null) {
            released = releasePendingHold(connection, transaction.issuerAuthorizationId());
        }
        long stripeBalance = ledger.platformAccount(connection, AccountKind.STRIPE_BALANCE).id();
        String merchant = transaction.merchantName() == null ? "a shop" : transaction.merchantName();
        NewEntry entry = transaction.kind() == CardTransaction.Kind.CAPTURE
                ? NewEntry.transfer(key, EntryReason.CARD_CAPTURE, truncate("Card payment to " + merchant, 500), null,
                        transaction.issuerTransactionId(), account.ledgerAccountId(), stripeBalance, transaction.amount())
                : NewEntry.transfer(key, EntryReason.CARD_REFUND, truncate("Card refund from " + merchant, 500), null,
                        transaction.issuerTransactionId(), stripeBalance, account.ledgerAccountId(), transaction.amount());
        JournalEntry posted = ledger.post(connection, entry);
        try {
            insertTransaction(connection, transaction, card, posted);
        } catch (SQLIntegrityConstraintViolationException settledMeanwhile) {
            // A concurrent duplicate committed first; the ledger returned its entry, so nothing was posted twice.
            return Optional.of(new Settlement(posted, Money.ZERO, posted.isOverdraft(), account.personAccountId()));
        }
        return Optional.of(new Settlement(posted, released, posted.isOverdraft(), account.personAccountId()));
    }

    /**
     * The purchase a refund gives money back for, by the issuer's id of its capture: the capture
     * of the authorisation the issuer linked the refund to, else the latest capture on the same
     * card at the same merchant. Issuers link refunds to purchases as best they can (a refund may
     * come unlinked), so this is the best match there is; empty when nothing matches.
     */
    public Optional<String> refundedPurchase(Connection connection, CardTransaction refund) throws SQLException {
        if (refund.kind() != CardTransaction.Kind.REFUND) {
            throw new IllegalArgumentException("Only a refund gives money back for a purchase");
        }
        String captures = "SELECT t.issuer_transaction_id FROM card_transaction t JOIN prepaid_card c ON c.id = t.card_id"
                + " WHERE c.issuer_card_id = ? AND t.kind = 'CAPTURE' AND ";
        if (refund.issuerAuthorizationId() != null) {
            Optional<String> linked = firstOf(connection, captures + "t.issuer_authorization_id = ? ORDER BY t.id DESC",
                    refund.issuerCardId(), refund.issuerAuthorizationId());
            if (linked.isPresent()) {
                return linked;
            }
        }
        if (refund.merchantName() == null || refund.merchantCategoryCode() == null) {
            return Optional.empty();
        }
        return firstOf(connection, captures + "t.merchant_name = ? AND t.merchant_category_code = ? ORDER BY t.id DESC",
                refund.issuerCardId(), truncate(refund.merchantName(), 255), refund.merchantCategoryCode());
    }

    private static Optional<String> firstOf(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql + " LIMIT 1")) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private void insertTransaction(Connection connection, CardTransaction transaction, PrepaidCard card,
                                   JournalEntry posted) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO card_transaction (issuer_transaction_id, issuer_authorization_id, card_id, kind, amount_pence,"
                        + " merchant_category_code, merchant_name, journal_entry_id, overdraft, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, transaction.issuerTransactionId());
            insert.setString(2, transaction.issuerAuthorizationId());
            insert.setLong(3, card.id());
            insert.setString(4, transaction.kind().name());
            insert.setLong(5, transaction.amount().pence());
            insert.setString(6, transaction.merchantCategoryCode());
            insert.setString(7, truncate(transaction.merchantName(), 255));
            insert.setLong(8, posted.id());
            insert.setBoolean(9, posted.isOverdraft());
            insert.setObject(10, UtcTime.column(clock.instant()));
            insert.executeUpdate();
        }
    }

    /** Enrols the person with the card issuer (calls the issuer); returns the issuer's id for them. */
    public String enrol(Cardholder cardholder) {
        return issuer.enrol(cardholder);
    }

    /** The account's card payment decisions, approved and declined, newest first. */
    public List<CardDecision> decisions(Connection connection, long directPaymentAccountId, int offset, int limit)
            throws SQLException {
        List<CardDecision> decisions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT issuer_authorization_id, card_id, amount_pence, merchant_name, merchant_category_code, approved,"
                        + " decline_message, hold_status, decided_at FROM card_authorization"
                        + " WHERE direct_payment_account_id = ? ORDER BY decided_at DESC, id DESC LIMIT ? OFFSET ?")) {
            select.setLong(1, directPaymentAccountId);
            select.setInt(2, limit);
            select.setInt(3, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    decisions.add(new CardDecision(rows.getString(1), rows.getLong(2), Money.ofPence(rows.getLong(3)),
                            rows.getString(4), rows.getString(5), rows.getBoolean(6), rows.getString(7),
                            "PENDING".equals(rows.getString(8)), UtcTime.read(rows, "decided_at")));
                }
            }
        }
        return decisions;
    }

    /** How many card payment decisions the account has. */
    public long countDecisions(Connection connection, long directPaymentAccountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM card_authorization WHERE direct_payment_account_id = ?")) {
            select.setLong(1, directPaymentAccountId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Card payments still waiting for capture on the account, as the sum of their holds. */
    public Money pendingHolds(Connection connection, long directPaymentAccountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(SUM(hold_pence), 0) FROM card_authorization"
                        + " WHERE direct_payment_account_id = ? AND hold_status = 'PENDING'")) {
            select.setLong(1, directPaymentAccountId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return Money.ofPence(row.getLong(1));
            }
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
