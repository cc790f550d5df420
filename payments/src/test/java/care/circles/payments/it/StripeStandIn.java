package care.circles.payments.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.stripe.Stripe;
import com.stripe.StripeClient;

/**
 * A local stand-in for Stripe: WireMock answering the real Stripe Java client with Stripe's
 * own published example objects (shared/standards/stripe/fixtures3.json), patched with the
 * values a test needs; and webhook events signed exactly as Stripe signs them.
 */
final class StripeStandIn implements AutoCloseable {

    static final String WEBHOOK_SECRET = "whsec_test_circles_local";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ObjectNode fixtures;

    private static StripeStandIn shared;

    final WireMockServer server;

    /** One stand-in for the whole test run, stopped when the JVM ends; tests use their own ids. */
    static synchronized StripeStandIn shared() {
        if (shared == null) {
            shared = new StripeStandIn();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stripe-stand-in-stop"));
        }
        return shared;
    }

    private StripeStandIn() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
    }

    /** The real client, pointed at the stand-in. */
    StripeClient client() {
        return StripeClient.builder()
                .setApiKey("sk_test_circles_local")
                .setApiBase(server.baseUrl())
                .setConnectBase(server.baseUrl())
                .setMaxNetworkRetries(0)
                .build();
    }

    /** Stripe's published example of the resource ({@code transfer}, {@code issuing.card}, …), a fresh copy. */
    static synchronized ObjectNode fixture(String resource) {
        if (fixtures == null) {
            Path file = Path.of(System.getProperty("stripe.fixtures", "../../shared/standards/stripe/fixtures3.json"));
            try {
                fixtures = (ObjectNode) JSON.readTree(Files.readString(file)).get("resources");
            } catch (IOException e) {
                throw new UncheckedIOException("Stripe fixtures not found at " + file.toAbsolutePath(), e);
            }
        }
        ObjectNode example = (ObjectNode) fixtures.get(resource);
        if (example == null) {
            throw new IllegalArgumentException("No Stripe fixture for " + resource);
        }
        return example.deepCopy();
    }

    /** Answers {@code POST path} with the object. */
    void answerPost(String path, ObjectNode object) {
        server.stubFor(post(urlEqualTo(path)).willReturn(okJson(object.toString())));
    }

    void answerGet(String path, ObjectNode object) {
        server.stubFor(get(urlEqualTo(path)).willReturn(okJson(object.toString())));
    }

    /** Answers {@code POST path} with a server error, as when Stripe has an outage. */
    void failPost(String path) {
        server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"Stripe is having a bad day\"}}")));
    }

    /** A transfer as Stripe returns it, with our values patched into the example. */
    static ObjectNode transfer(String id, long amountPence, String destination, Map<String, String> metadata) {
        ObjectNode transfer = fixture("transfer");
        transfer.put("id", id);
        transfer.put("amount", amountPence);
        transfer.put("currency", "gbp");
        transfer.put("destination", destination);
        ObjectNode meta = transfer.putObject("metadata");
        metadata.forEach(meta::put);
        return transfer;
    }

    /** An issuing card as Stripe returns it. */
    static ObjectNode card(String id, String last4, String status) {
        ObjectNode card = fixture("issuing.card");
        card.put("id", id);
        card.put("last4", last4);
        card.put("status", status);
        card.put("currency", "gbp");
        return card;
    }

    /** An authorisation Stripe asks us to decide: the amount is in pending_request. */
    static ObjectNode authorizationRequest(String id, String cardId, long amountPence, String mcc) {
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
        merchant.put("name", "Test merchant " + mcc);
        return authorization;
    }

    /** A capture (negative amount, as Stripe sends it) or a refund (positive). */
    static ObjectNode issuingTransaction(String id, String authorizationId, String cardId, String type, long amountPence) {
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
        transaction.put("amount", "refund".equals(type) ? amountPence : -amountPence);
        transaction.put("merchant_amount", "refund".equals(type) ? amountPence : -amountPence);
        transaction.put("merchant_currency", "gbp");
        return transaction;
    }

    /** An event around the object, as Stripe sends it to a webhook endpoint. */
    static String event(String id, String type, ObjectNode object, Clock clock) {
        ObjectNode event = fixture("event");
        event.put("id", id);
        event.put("type", type);
        event.put("created", clock.instant().getEpochSecond());
        event.put("api_version", Stripe.API_VERSION);
        ((ObjectNode) event.get("data")).set("object", object);
        return event.toString();
    }

    /** The Stripe-Signature header for the payload: t=…,v1=HMAC-SHA256(secret, t + "." + payload). */
    static String signature(String payload, String secret, Clock clock) {
        long timestamp = clock.instant().getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return "t=" + timestamp + ",v1=" + hex;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
