package care.circles.stripestandin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URI;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;

/**
 * A local stand-in for the parts of Stripe that Circles calls (Issuing cardholders and cards,
 * Connect transfers and accounts): WireMock answering the real Stripe client with Stripe's
 * published example objects. Its own answers have a low priority, so a test can register a
 * stub of its own through WireMock's admin API (a failure, an outage) and remove it after.
 *
 * <pre>
 * java -cp … care.circles.stripestandin.LocalStripe &lt;port&gt; [&lt;webhook URL&gt; &lt;webhook secret&gt;]
 * </pre>
 *
 * With a webhook URL, each transfer is confirmed to that endpoint a second later (for a
 * developer's machine). {@code POST /__admin/shutdown} stops it.
 */
public final class LocalStripe implements AutoCloseable {

    /** Priority of the stand-in's own answers: a test's stubs (1 to 9) win. */
    public static final int STAND_IN_PRIORITY = 10;

    private final WireMockServer server;

    private LocalStripe(int port, URI webhookTarget, String webhookSecret) {
        // The request journal lets tests check what was sent; bounded for a stand-in left running for days.
        WireMockConfiguration options = WireMockConfiguration.options().port(port).bindAddress("127.0.0.1")
                .maxRequestJournalEntries(5_000);
        Extension[] extensions = webhookTarget == null
                ? new Extension[] {new StripeAnswers()}
                : new Extension[] {new StripeAnswers(), new WebhookSender(webhookTarget, webhookSecret)};
        server = new WireMockServer(options.extensions(extensions));
        server.start();
        String answers = StripeAnswers.NAME;
        server.stubFor(post(urlPathEqualTo("/v1/transfers")).atPriority(STAND_IN_PRIORITY)
                .willReturn(aResponse().withTransformers(answers)));
        server.stubFor(post(urlPathEqualTo("/v1/issuing/cardholders")).atPriority(STAND_IN_PRIORITY)
                .willReturn(aResponse().withTransformers(answers)));
        server.stubFor(post(urlPathMatching("/v1/issuing/cards(/[^/]+)?")).atPriority(STAND_IN_PRIORITY)
                .willReturn(aResponse().withTransformers(answers)));
        server.stubFor(get(urlPathMatching("/v1/issuing/cards/[^/]+")).atPriority(STAND_IN_PRIORITY)
                .willReturn(aResponse().withTransformers(answers)));
        server.stubFor(get(urlPathMatching("/v1/accounts/[^/]+")).atPriority(STAND_IN_PRIORITY)
                .willReturn(aResponse().withTransformers(answers)));
        server.stubFor(any(anyUrl()).atPriority(STAND_IN_PRIORITY + 90)
                .willReturn(aResponse().withTransformers(answers)));
    }

    /** Starts the stand-in on 127.0.0.1; {@code port} 0 picks a free one. */
    public static LocalStripe start(int port) {
        return new LocalStripe(port, null, null);
    }

    /** Starts the stand-in, confirming each transfer to the webhook endpoint a second later. */
    public static LocalStripe start(int port, URI webhookTarget, String webhookSecret) {
        return new LocalStripe(port, webhookTarget, webhookSecret);
    }

    public int port() {
        return server.port();
    }

    /** What the Stripe client's API base should be set to. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.stop();
    }

    public static void main(String[] args) {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: LocalStripe <port> [<webhook URL> <webhook secret>]");
            System.exit(2);
        }
        LocalStripe stripe = args.length == 3
                ? start(Integer.parseInt(args[0]), URI.create(args[1]), args[2])
                : start(Integer.parseInt(args[0]));
        System.out.println("Stripe stand-in is ready at " + stripe.baseUrl()
                + (args.length == 3 ? ", confirming transfers to " + args[1] : ""));
    }
}
