package care.circles.payments.stripe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.Transfer;
import com.stripe.model.issuing.Authorization;
import com.stripe.model.issuing.Transaction;
import com.stripe.net.Webhook;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.UtcTime;
import care.circles.payments.card.AuthorizationDecision;
import care.circles.payments.card.AuthorizationRequest;
import care.circles.payments.card.CardTransaction;
import care.circles.payments.card.PrepaidCards;
import care.circles.payments.card.Settlement;
import care.circles.payments.careaccount.CareAccounts;
import care.circles.payments.directpayment.DirectPayments;
import care.circles.payments.stripe.WebhookOutcome.Status;

/**
 * Receives Stripe's webhook events: checks Stripe's signature, stores each event by its id
 * before acting on it, and acts on each event once however often Stripe sends it.
 *
 * <ul>
 *   <li>{@code issuing_authorization.request}: the real-time card decision (Stripe waits at
 *       most 2 seconds for the answer).</li>
 *   <li>{@code issuing_authorization.created}/{@code .updated}: an approval we have not seen
 *       (Stripe decided without us) places its hold; a reversed, expired or closed
 *       authorisation releases it.</li>
 *   <li>{@code issuing_transaction.created}: a capture or refund settles into the ledger, even
 *       when its authorisation has not arrived yet; a capture is put on the holder's care
 *       account, counting when the merchant's category is one the council counts as care; a
 *       refund takes off the care account what the purchase it refunds counted
 *       ({@link PrepaidCards#refundedPurchase}, {@link CareAccounts#recordRefund}).</li>
 *   <li>{@code transfer.created}/{@code .updated}/{@code .reversed}: a payee's transfer is
 *       confirmed or reversed.</li>
 * </ul>
 * An event that refers to something not recorded yet (a transfer whose creation has not been
 * stored, a card we do not know yet) is kept as deferred and tried again by {@link #retry}.
 *
 * <p>Each delivery takes three steps, each in a transaction of the caller's that commits
 * before the next starts, so an event is on record even when acting on it fails:
 * <ol>
 *   <li>{@link #verify}: Stripe's signature (no database work; a forged or stale event stops here
 *       and nothing is stored);</li>
 *   <li>{@link #store}: the event as received, by its id;</li>
 *   <li>{@link #process}: the event acted on and marked processed, under its row's lock, so
 *       deliveries of the same event at the same time act once. When this step fails (its
 *       transaction rolled back), {@link #recordFailure} keeps the error on the stored event.</li>
 * </ol>
 * Deferred and failed events, and events stored but never processed (a server stopped between
 * the steps), are tried again by {@link #dueForRetry} and {@link #retry}, each event in a
 * transaction of its own, which the application runs every minute or so; Stripe's own
 * redelivery of a failed event is processed the same way.
 */
public final class StripeWebhooks {

    /** Stripe's recommended limit on a signature's age, in seconds: older events are refused as replays. */
    public static final long TOLERANCE_SECONDS = 300;

    /**
     * How long an event may stay stored but unprocessed before a retry takes it: far longer than
     * a delivery takes to process it (Stripe waits 2 seconds for a card decision).
     */
    public static final Duration UNPROCESSED_GRACE = Duration.ofMinutes(1);

    private static final int ERROR_LENGTH = 1000;

    /**
     * Longest wait before a failing event is tried again. The first failure is retried by the next
     * retry run; each further one waits twice as long as the last (1, 2, 4 … minutes), up to this.
     */
    public static final Duration LONGEST_BACK_OFF = Duration.ofHours(1);

    private final String endpointSecret;
    private final PrepaidCards cards;
    private final StripeTransfers transfers;
    private final CareAccounts careAccounts;
    private final Clock clock;

    /**
     * @param endpointSecret the webhook endpoint's signing secret ({@code whsec_…}, STRIPE_WEBHOOK_SECRET)
     * @param careAccounts   where settled card payments are counted toward the care cap (or said not to count)
     */
    public StripeWebhooks(String endpointSecret, PrepaidCards cards, StripeTransfers transfers,
                          CareAccounts careAccounts, Clock clock) {
        if (endpointSecret == null || endpointSecret.isBlank()) {
            throw new IllegalArgumentException("Set STRIPE_WEBHOOK_SECRET to the webhook endpoint's signing secret");
        }
        this.endpointSecret = endpointSecret;
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transfers = Objects.requireNonNull(transfers, "transfers");
        this.careAccounts = Objects.requireNonNull(careAccounts, "careAccounts");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Step 1: checks Stripe's signature over the body (at most {@link #TOLERANCE_SECONDS} old).
     *
     * @param payload         the request body exactly as received (not re-encoded)
     * @param signatureHeader the {@code Stripe-Signature} header
     * @throws WebhookRejectedException when the signature does not verify: store nothing, answer 400
     */
    public VerifiedEvent verify(String payload, String signatureHeader) throws WebhookRejectedException {
        try {
            return new VerifiedEvent(
                    Webhook.constructEvent(payload, signatureHeader, endpointSecret, TOLERANCE_SECONDS, clock), payload);
        } catch (SignatureVerificationException e) {
            throw new WebhookRejectedException("The Stripe signature does not verify: " + e.getMessage(), e);
        } catch (RuntimeException e) { // Gson cannot read the body
            throw new WebhookRejectedException("The webhook body is not a Stripe event", e);
        }
    }

    /**
     * Step 2: stores the event as received. Storing an event already stored (a redelivery, or a
     * delivery at the same time on another server) changes nothing. Commit before {@link #process}.
     */
    public void store(Connection connection, VerifiedEvent event) throws SQLException {
        Transactions.requireTransaction(connection);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stripe_event (id, type, payload, status, received_at) VALUES (?, ?, ?, 'RECEIVED', ?)"
                        + " ON DUPLICATE KEY UPDATE id = id")) {
            insert.setString(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, event.payload());
            insert.setObject(4, UtcTime.column(clock.instant()));
            insert.executeUpdate();
        }
    }

    /**
     * Step 3: acts on a stored event and marks it processed, once by its id: a delivery of an
     * event already processed does nothing again ({@link Status#DUPLICATE}; a card decision is
     * answered from the decision recorded). Holds the event's row lock until the transaction ends.
     *
     * @throws IllegalStateException when the event was not stored (and committed) first
     */
    public WebhookOutcome process(Connection connection, VerifiedEvent event) throws SQLException {
        Transactions.requireTransaction(connection);
        StoredEvent stored = lockStored(connection, event.id(), false)
                .orElseThrow(() -> new IllegalStateException("Stripe event " + event.id()
                        + " is not stored: store it, and commit, before processing it"));
        if (stored.finished()) {
            AuthorizationDecision decision = isAuthorizationRequest(event.event())
                    ? cards.authorize(connection, authorizationRequest(event.event())) // answers from the stored decision
                    : null;
            return new WebhookOutcome(event.id(), event.type(), Status.DUPLICATE, decision, null);
        }
        return processAndMark(connection, event.event());
    }

    /**
     * Keeps why processing failed on the stored event, marked failed for {@link #retry}, and when
     * to try it again ({@link #backOff}). Call it in a transaction of its own after the failed one
     * rolled back. An event processed meanwhile (by another delivery) stays processed.
     */
    public void recordFailure(Connection connection, String eventId, String error) throws SQLException {
        Transactions.requireTransaction(connection);
        String why = error == null || error.isBlank() ? "Failed without a message" : error;
        int failures;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT attempts FROM stripe_event WHERE id = ? AND status IN ('RECEIVED', 'DEFERRED', 'FAILED') FOR UPDATE")) {
            select.setString(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                failures = row.getInt(1) + 1;
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE stripe_event SET status = 'FAILED', attempts = ?, last_error = ?, retry_after = ? WHERE id = ?")) {
            update.setInt(1, failures);
            update.setString(2, why.length() > ERROR_LENGTH ? why.substring(0, ERROR_LENGTH) : why);
            update.setObject(3, UtcTime.column(clock.instant().plus(backOff(failures))));
            update.setString(4, eventId);
            update.executeUpdate();
        }
    }

    /**
     * How long to wait before trying an event again after its {@code attempts}-th attempt failed:
     * nothing after the first (the next retry run takes it), then 1, 2, 4 … minutes, at most
     * {@link #LONGEST_BACK_OFF}.
     */
    public static Duration backOff(int attempts) {
        if (attempts <= 1) {
            return Duration.ZERO;
        }
        long minutes = 1L << Math.min(attempts - 2, 10);
        Duration wait = Duration.ofMinutes(minutes);
        return wait.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : wait;
    }

    /**
     * The ids of events to try again, oldest first, up to {@code limit}: deferred, failed and due
     * again after backing off ({@link #backOff}), and stored but not processed for longer than
     * {@link #UNPROCESSED_GRACE}. Locks nothing: give
     * each to {@link #retry} in a transaction of its own, so one failing event holds up no other.
     */
    public List<String> dueForRetry(Connection connection, int limit) throws SQLException {
        Transactions.requireTransaction(connection);
        List<String> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM stripe_event WHERE status = 'DEFERRED'"
                        + " OR (status = 'FAILED' AND (retry_after IS NULL OR retry_after <= ?))"
                        + " OR (status = 'RECEIVED' AND received_at < ?) ORDER BY received_at, id LIMIT ?")) {
            Instant now = clock.instant();
            select.setObject(1, UtcTime.column(now));
            select.setObject(2, UtcTime.column(now.minus(UNPROCESSED_GRACE)));
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getString(1));
                }
            }
        }
        return due;
    }

    /**
     * Tries one stored event again. Several servers may run retries at once: an event another
     * one is processing right now is skipped, as is one finished meanwhile (both: empty).
     * A card decision is never made late: Stripe answered it without us when our answer failed,
     * and its {@code issuing_authorization.created} event says what it decided, so the request
     * is closed as {@link Status#IGNORED}.
     */
    public Optional<WebhookOutcome> retry(Connection connection, String eventId) throws SQLException {
        Transactions.requireTransaction(connection);
        Optional<StoredEvent> stored = lockStored(connection, eventId, true);
        if (stored.isEmpty() || stored.get().finished()) {
            return Optional.empty();
        }
        // Verified when it arrived; stored as received.
        Event event = Webhook.constructEventWithoutVerification(stored.get().payload());
        if (isAuthorizationRequest(event)) {
            WebhookOutcome closed = new WebhookOutcome(eventId, event.getType(), Status.IGNORED, null, null);
            mark(connection, closed);
            return Optional.of(closed);
        }
        return Optional.of(processAndMark(connection, event));
    }

    private WebhookOutcome processAndMark(Connection connection, Event event) throws SQLException {
        WebhookOutcome outcome = process(connection, event);
        mark(connection, outcome);
        return outcome;
    }

    private void mark(Connection connection, WebhookOutcome outcome) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE stripe_event SET status = ?, attempts = attempts + 1, processed_at = ?, waiting_for = ?"
                        + " WHERE id = ?")) {
            update.setString(1, outcome.status().name());
            update.setObject(2, outcome.status() == Status.DEFERRED ? null : UtcTime.column(clock.instant()));
            update.setString(3, outcome.waitingFor());
            update.setString(4, outcome.eventId());
            update.executeUpdate();
        }
    }

    private WebhookOutcome process(Connection connection, Event event) throws SQLException {
        String type = event.getType();
        switch (type) {
            case "issuing_authorization.request":
                return done(event, cards.authorize(connection, authorizationRequest(event)));
            case "issuing_authorization.created":
            case "issuing_authorization.updated":
                return authorizationChanged(connection, event);
            case "issuing_transaction.created":
                return transactionCreated(connection, event);
            case "transfer.created":
            case "transfer.updated":
            case "transfer.reversed":
                return transferChanged(connection, event);
            default:
                return new WebhookOutcome(event.getId(), type, Status.IGNORED, null, null);
        }
    }

    private WebhookOutcome authorizationChanged(Connection connection, Event event) throws SQLException {
        Authorization authorization = dataObject(event, Authorization.class);
        if (!"pending".equals(authorization.getStatus())) {
            cards.releaseHold(connection, authorization.getId());
            return done(event, null);
        }
        if (Boolean.TRUE.equals(authorization.getApproved())
                && !cards.isKnownAuthorization(connection, authorization.getId())) {
            if (cards.findByIssuerId(connection, authorization.getCard().getId()).isEmpty()) {
                return deferred(event, authorization.getCard().getId());
            }
            cards.recordIssuerApproval(connection, toRequest(authorization));
        }
        return done(event, null);
    }

    private WebhookOutcome transactionCreated(Connection connection, Event event) throws SQLException {
        Transaction transaction = dataObject(event, Transaction.class);
        boolean refund = "refund".equals(transaction.getType());
        long amount = transaction.getAmount();
        Transaction.MerchantData merchant = transaction.getMerchantData();
        String categoryCode = merchant == null ? null : merchant.getCategoryCode();
        String merchantName = merchant == null ? null : merchant.getName();
        CardTransaction settled = new CardTransaction(transaction.getId(), transaction.getAuthorization(),
                transaction.getCard(), refund ? CardTransaction.Kind.REFUND : CardTransaction.Kind.CAPTURE,
                Money.ofPence(Math.abs(amount)), categoryCode, merchantName);
        Optional<Settlement> settlement = cards.settle(connection, settled);
        if (settlement.isEmpty()) {
            return deferred(event, transaction.getCard());
        }
        Instant when = transaction.getCreated() == null ? clock.instant() : Instant.ofEpochSecond(transaction.getCreated());
        LocalDate on = LocalDate.ofInstant(when, DirectPayments.UK);
        long person = settlement.get().personAccountId();
        if (!refund) {
            careAccounts.recordCardSpend(connection, person, categoryCode, merchantName, settled.amount(), on,
                    meterReference(transaction.getId()));
            return done(event, null);
        }
        Optional<String> purchase = cards.refundedPurchase(connection, settled);
        if (purchase.isPresent()) {
            careAccounts.recordRefund(connection, person, meterReference(purchase.get()), merchantName,
                    settled.amount(), on, meterReference(transaction.getId()));
        }
        return done(event, null);
    }

    /** A card transaction's line on the care meter is known by the issuer's id of the transaction. */
    private static String meterReference(String issuerTransactionId) {
        return "card-transaction:" + issuerTransactionId;
    }

    private WebhookOutcome transferChanged(Connection connection, Event event) throws SQLException {
        Transfer transfer = dataObject(event, Transfer.class);
        boolean reversed = "transfer.reversed".equals(event.getType()) || Boolean.TRUE.equals(transfer.getReversed());
        Optional<PayeeTransfer> matched = reversed
                ? transfers.reverse(connection, transfer)
                : transfers.settle(connection, transfer);
        return matched.isPresent() ? done(event, null) : deferred(event, transfer.getId());
    }

    private static boolean isAuthorizationRequest(Event event) {
        return "issuing_authorization.request".equals(event.getType());
    }

    private static AuthorizationRequest authorizationRequest(Event event) {
        return toRequest(dataObject(event, Authorization.class));
    }

    private static AuthorizationRequest toRequest(Authorization authorization) {
        // While Stripe asks, the amount asked for is in pending_request; amount is zero until approved.
        long amount = authorization.getPendingRequest() != null && authorization.getPendingRequest().getAmount() != null
                ? authorization.getPendingRequest().getAmount()
                : authorization.getAmount();
        Authorization.MerchantData merchant = authorization.getMerchantData();
        return new AuthorizationRequest(authorization.getId(), authorization.getCard().getId(), Money.ofPence(amount),
                merchant == null ? null : merchant.getCategoryCode(), merchant == null ? null : merchant.getName());
    }

    private static <T extends StripeObject> T dataObject(Event event, Class<T> type) {
        Optional<StripeObject> parsed = event.getDataObjectDeserializer().getObject();
        StripeObject object;
        if (parsed.isPresent()) {
            object = parsed.get();
        } else {
            // Sent with another API version than this library's: read it as it is.
            try {
                object = event.getDataObjectDeserializer().deserializeUnsafe();
            } catch (EventDataObjectDeserializationException e) {
                throw new IllegalStateException("Stripe event " + event.getId() + " has no readable object", e);
            }
        }
        return type.cast(object);
    }

    private static WebhookOutcome done(Event event, AuthorizationDecision decision) {
        return new WebhookOutcome(event.getId(), event.getType(), Status.PROCESSED, decision, null);
    }

    private static WebhookOutcome deferred(Event event, String waitingFor) {
        return new WebhookOutcome(event.getId(), event.getType(), Status.DEFERRED, null, waitingFor);
    }

    private static Optional<StoredEvent> lockStored(Connection connection, String eventId, boolean skipLocked)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT status, payload FROM stripe_event WHERE id = ?"
                + (skipLocked ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE"))) {
            select.setString(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredEvent(row.getString(1), row.getString(2))) : Optional.empty();
            }
        }
    }

    /** An event as stored; RECEIVED, DEFERRED and FAILED ones are still to be processed. */
    private record StoredEvent(String status, String payload) {

        boolean finished() {
            return "PROCESSED".equals(status) || "IGNORED".equals(status);
        }
    }
}
