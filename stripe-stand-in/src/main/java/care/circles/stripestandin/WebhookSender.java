package care.circles.stripestandin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * For a running marketplace on a developer's machine: after the stand-in creates a transfer, it
 * tells the marketplace's webhook endpoint that the transfer went through, a moment later and
 * signed, as Stripe would. Tests do not use it: they send the webhooks they need themselves.
 */
final class WebhookSender implements ServeEventListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI target;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stripe-stand-in-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    WebhookSender(URI target, String secret) {
        this.target = target;
        this.secret = secret;
    }

    @Override
    public String getName() {
        return "stripe-webhooks";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
        if (!"POST".equals(serveEvent.getRequest().getMethod().getName())
                || !serveEvent.getRequest().getUrl().startsWith("/v1/transfers")
                || serveEvent.getResponse().getStatus() != 200) {
            return;
        }
        String body = serveEvent.getResponse().getBodyAsString();
        later.schedule(() -> send(body), 1, TimeUnit.SECONDS);
    }

    private void send(String transferJson) {
        try {
            ObjectNode transfer = (ObjectNode) JSON.readTree(transferJson);
            long now = Instant.now().getEpochSecond();
            String payload = StripeFixtures.event("evt_" + transfer.get("id").asText(), "transfer.created", transfer, now);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("Stripe-Signature", StripeSignature.header(payload, secret, now))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("Sent transfer.created for " + transfer.get("id").asText() + " to " + target + ": HTTP "
                    + answer.statusCode());
        } catch (Exception e) {
            System.out.println("Could not send a webhook to " + target + ": " + e);
        }
    }
}
