package care.circles.payments.stripe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
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
 *       when its authorisation has not arrived yet.</li>
 *   <li>{@code transfer.created}/{@code .updated}/{@code .reversed}: a payee's transfer is
 *       confirmed or reversed.</li>
 * </ul>
 * An event that refers to something not recorded yet (a transfer whose creation has not been
 * stored, a card we do not know yet) is kept as deferred and tried again by {@link
 * #retryDeferred}, which the application runs every minute or so.
 *
 * <p>Works inside the caller's transaction: the stored event and what it caused commit
 * together, so a failure leaves nothing half-done and Stripe's retry finds the event new.
 */
public final class StripeWebhooks {

    /** Stripe's recommended limit on a signature's age, in seconds: older events are refused as replays. */
    public static final long TOLERANCE_SECONDS = 300;

    private final String endpointSecret;
    private final PrepaidCards cards;
    private final StripeTransfers transfers;
    private final Clock clock;

    /**
     * @param endpointSecret the webhook endpoint's signing secret ({@code whsec_…}, STRIPE_WEBHOOK_SECRET)
     */
    public StripeWebhooks(String endpointSecret, PrepaidCards cards, StripeTransfers transfers, Clock clock) {
        if (endpointSecret == null || endpointSecret.isBlank()) {
            throw new IllegalArgumentException("Set STRIPE_WEBHOOK_SECRET to the webhook endpoint's signing secret");
        }
        this.endpointSecret = endpointSecret;
        this.cards = Objects.requireNonNull(cards, "cards");
        this.transfers = Objects.requireNonNull(transfers, "transfers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Verifies, stores and processes one webhook delivery.
     *
     * @param payload         the request body exactly as received (not re-encoded)
     * @param signatureHeader the {@code Stripe-Signature} header
     * @throws WebhookRejectedException when the signature does not verify; nothing is stored
     */
    public WebhookOutcome receive(Connection connection, String payload, String signatureHeader)
            throws SQLException, WebhookRejectedException {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader, endpointSecret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new WebhookRejectedException("The Stripe signature does not verify: " + e.getMessage(), e);
        } catch (RuntimeException e) { // Gson cannot read the body
            throw new WebhookRejectedException("The webhook body is not a Stripe event", e);
        }
        Transactions.requireTransaction(connection);
        Optional<Status> earlier = storedStatus(connection, event.getId(), false);
        if (earlier.isEmpty()) {
            try {
                store(connection, event, payload);
            } catch (SQLIntegrityConstraintViolationException storedMeanwhile) {
                earlier = storedStatus(connection, event.getId(), true);
            }
        } else if (earlier.get() == Status.DEFERRED) {
            earlier = storedStatus(connection, event.getId(), true); // one delivery at a time retries it
        }
        if (earlier.isPresent() && (earlier.get() == Status.PROCESSED || earlier.get() == Status.IGNORED)) {
            AuthorizationDecision decision = isAuthorizationRequest(event)
                    ? cards.authorize(connection, authorizationRequest(event)) // answers from the stored decision
                    : null;
            return new WebhookOutcome(event.getId(), event.getType(), Status.DUPLICATE, decision, null);
        }
        return processAndMark(connection, event);
    }

    /**
     * Tries the deferred events again, oldest first, up to {@code limit} of them. Several
     * servers may run this at once: each takes events the others have not locked.
     *
     * @return the events that could be processed this time
     */
    public List<WebhookOutcome> retryDeferred(Connection connection, int limit) throws SQLException {
        Transactions.requireTransaction(connection);
        List<String> payloads = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT payload FROM stripe_event WHERE status = 'DEFERRED' ORDER BY received_at, id LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        }
        List<WebhookOutcome> done = new ArrayList<>();
        for (String payload : payloads) {
            // Verified when it arrived; stored as received.
            WebhookOutcome outcome = processAndMark(connection, Webhook.constructEventWithoutVerification(payload));
            if (outcome.status() != Status.DEFERRED) {
                done.add(outcome);
            }
        }
        return done;
    }

    private WebhookOutcome processAndMark(Connection connection, Event event) throws SQLException {
        WebhookOutcome outcome = process(connection, event);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE stripe_event SET status = ?, attempts = attempts + 1, processed_at = ?, waiting_for = ?"
                        + " WHERE id = ?")) {
            update.setString(1, outcome.status().name());
            update.setObject(2, outcome.status() == Status.DEFERRED ? null : UtcTime.column(clock.instant()));
            update.setString(3, outcome.waitingFor());
            update.setString(4, event.getId());
            update.executeUpdate();
        }
        return outcome;
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
        CardTransaction settled = new CardTransaction(transaction.getId(), transaction.getAuthorization(),
                transaction.getCard(), refund ? CardTransaction.Kind.REFUND : CardTransaction.Kind.CAPTURE,
                Money.ofPence(Math.abs(amount)),
                transaction.getMerchantData() == null ? null : transaction.getMerchantData().getCategoryCode(),
                transaction.getMerchantData() == null ? null : transaction.getMerchantData().getName());
        return cards.settle(connection, settled).isPresent()
                ? done(event, null)
                : deferred(event, transaction.getCard());
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

    private void store(Connection connection, Event event, String payload) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stripe_event (id, type, payload, status, received_at) VALUES (?, ?, ?, 'RECEIVED', ?)")) {
            insert.setString(1, event.getId());
            insert.setString(2, event.getType());
            insert.setString(3, payload);
            insert.setObject(4, UtcTime.column(clock.instant()));
            insert.executeUpdate();
        }
    }

    private static Optional<Status> storedStatus(Connection connection, String eventId, boolean latestCommitted)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT status FROM stripe_event WHERE id = ?"
                + (latestCommitted ? " FOR UPDATE" : ""))) {
            select.setString(1, eventId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String status = row.getString(1);
                return Optional.of("RECEIVED".equals(status) ? Status.DEFERRED : Status.valueOf(status));
            }
        }
    }
}
