package care.circles.payments.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.stripe.StripeClient;

import care.circles.stripestandin.StripeFixtures;
import care.circles.stripestandin.StripeSignature;

/**
 * A local stand-in for Stripe: WireMock answering the real Stripe Java client with Stripe's
 * own published example objects (the stripe-stand-in module's {@link StripeFixtures}), patched
 * with the values a test needs; and webhook events signed exactly as Stripe signs them.
 */
final class StripeStandIn implements AutoCloseable {

    static final String WEBHOOK_SECRET = "whsec_test_circles_local";

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

    /** A transfer as Stripe returns it, with our values patched into Stripe's example. */
    static ObjectNode transfer(String id, long amountPence, String destination, Map<String, String> metadata) {
        return StripeFixtures.transfer(id, amountPence, destination, metadata);
    }

    /** An issuing card as Stripe returns it. */
    static ObjectNode card(String id, String last4, String status) {
        return StripeFixtures.card(id, last4, status, null, null);
    }

    /** An authorisation Stripe asks us to decide: the amount is in pending_request. */
    static ObjectNode authorizationRequest(String id, String cardId, long amountPence, String mcc) {
        return StripeFixtures.authorizationRequest(id, cardId, amountPence, mcc, "Test merchant " + mcc);
    }

    /** A capture (negative amount, as Stripe sends it) or a refund (positive). */
    static ObjectNode issuingTransaction(String id, String authorizationId, String cardId, String type, long amountPence) {
        return StripeFixtures.issuingTransaction(id, authorizationId, cardId, type, amountPence, null, null);
    }

    /** An event around the object, as Stripe sends it to a webhook endpoint. */
    static String event(String id, String type, ObjectNode object, Clock clock) {
        return StripeFixtures.event(id, type, object, clock.instant().getEpochSecond());
    }

    /** The Stripe-Signature header for the payload: t=…,v1=HMAC-SHA256(secret, t + "." + payload). */
    static String signature(String payload, String secret, Clock clock) {
        return StripeSignature.header(payload, secret, clock.instant().getEpochSecond());
    }

    @Override
    public void close() {
        server.stop();
    }
}
