package care.circles.stripestandin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.Stripe;

/**
 * Stripe's own published example of every resource (shared/standards/stripe/fixtures3.json,
 * packaged in this jar), patched with the values a caller needs, so the real Stripe client
 * parses what it would parse in production.
 */
public final class StripeFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ObjectNode resources;

    private StripeFixtures() {
    }

    /** Stripe's example of the resource ({@code transfer}, {@code issuing.card}, …), a fresh copy. */
    public static synchronized ObjectNode fixture(String resource) {
        if (resources == null) {
            try (InputStream in = StripeFixtures.class.getResourceAsStream("/stripe/fixtures3.json")) {
                if (in == null) {
                    throw new IllegalStateException("stripe/fixtures3.json is missing from the stand-in's jar");
                }
                resources = (ObjectNode) JSON.readTree(in).get("resources");
            } catch (IOException e) {
                throw new UncheckedIOException("Stripe's fixtures could not be read", e);
            }
        }
        ObjectNode example = (ObjectNode) resources.get(resource);
        if (example == null) {
            throw new IllegalArgumentException("No Stripe fixture for " + resource);
        }
        return example.deepCopy();
    }

    /** A transfer to a connected account, as Stripe returns and sends it. */
    public static ObjectNode transfer(String id, long amountPence, String destination, Map<String, String> metadata) {
        ObjectNode transfer = fixture("transfer");
        transfer.put("id", id);
        transfer.put("amount", amountPence);
        transfer.put("currency", "gbp");
        transfer.put("destination", destination);
        transfer.put("reversed", false);
        ObjectNode meta = transfer.putObject("metadata");
        metadata.forEach(meta::put);
        return transfer;
    }

    /** An issuing card; a null cardholder or type leaves Stripe's example as it is. */
    public static ObjectNode card(String id, String last4, String status, String cardholderId, String type) {
        ObjectNode card = fixture("issuing.card");
        card.put("id", id);
        card.put("last4", last4);
        card.put("status", status);
        card.put("currency", "gbp");
        if (type != null) {
            card.put("type", type);
        }
        if (cardholderId != null) {
            ((ObjectNode) card.get("cardholder")).put("id", cardholderId);
        }
        return card;
    }

    /** An issuing cardholder. */
    public static ObjectNode cardholder(String id, String name, String email) {
        ObjectNode cardholder = fixture("issuing.cardholder");
        cardholder.put("id", id);
        cardholder.put("name", name);
        if (email == null) {
            cardholder.putNull("email");
        } else {
            cardholder.put("email", email);
        }
        return cardholder;
    }

    /** A connected account that can be paid. */
    public static ObjectNode account(String id) {
        ObjectNode account = fixture("account");
        account.put("id", id);
        account.put("payouts_enabled", true);
        account.put("country", "GB");
        account.put("default_currency", "gbp");
        return account;
    }

    /** An authorisation Stripe asks the platform to decide: the amount is in pending_request. */
    public static ObjectNode authorizationRequest(String id, String cardId, long amountPence, String mcc,
                                                  String merchantName) {
        ObjectNode authorization = fixture("issuing.authorization");
        authorization.put("id", id);
        authorization.put("amount", 0);
        authorization.put("approved", false);
        authorization.put("status", "pending");
        authorization.put("currency", "gbp");
        ((ObjectNode) authorization.get("card")).put("id", cardId);
        ObjectNode pending = authorization.putObject("pending_request");
        pending.put("amount", amountPence);
        pending.put("currency", "gbp");
        pending.put("is_amount_controllable", false);
        pending.put("merchant_amount", amountPence);
        pending.put("merchant_currency", "gbp");
        pending.putNull("network_risk_score");
        pending.putObject("amount_details");
        ObjectNode merchant = (ObjectNode) authorization.get("merchant_data");
        merchant.put("category_code", mcc);
        merchant.put("name", merchantName);
        return authorization;
    }

    /**
     * An authorisation after the decision (for {@code issuing_authorization.created} and
     * {@code .updated}): {@code status} is pending, closed, reversed or expired.
     */
    public static ObjectNode authorization(String id, String cardId, long amountPence, String mcc, String merchantName,
                                           boolean approved, String status) {
        ObjectNode authorization = authorizationRequest(id, cardId, amountPence, mcc, merchantName);
        authorization.put("amount", approved ? amountPence : 0);
        authorization.put("approved", approved);
        authorization.put("status", status);
        authorization.putNull("pending_request");
        return authorization;
    }

    /**
     * Money that moved on a card: a capture (Stripe sends its amount negative) or a refund
     * (positive). {@code authorizationId} null is a capture that bypassed authorisation; a null
     * merchant category leaves the example's merchant as it is.
     */
    public static ObjectNode issuingTransaction(String id, String authorizationId, String cardId, String type,
                                                long amountPence, String mcc, String merchantName) {
        ObjectNode transaction = fixture("issuing.transaction");
        transaction.put("id", id);
        if (authorizationId == null) {
            transaction.putNull("authorization");
        } else {
            transaction.put("authorization", authorizationId);
        }
        transaction.put("card", cardId);
        transaction.put("type", type);
        transaction.put("currency", "gbp");
        long signed = "refund".equals(type) ? amountPence : -amountPence;
        transaction.put("amount", signed);
        transaction.put("merchant_amount", signed);
        transaction.put("merchant_currency", "gbp");
        if (mcc != null) {
            ObjectNode merchant = (ObjectNode) transaction.get("merchant_data");
            merchant.put("category_code", mcc);
            merchant.put("name", merchantName);
        }
        return transaction;
    }

    /** An event around the object, as Stripe sends it to a webhook endpoint. */
    public static String event(String id, String type, ObjectNode object, long createdEpochSecond) {
        ObjectNode event = fixture("event");
        event.put("id", id);
        event.put("type", type);
        event.put("created", createdEpochSecond);
        event.put("api_version", Stripe.API_VERSION);
        ((ObjectNode) event.get("data")).set("object", object);
        return event.toString();
    }
}
