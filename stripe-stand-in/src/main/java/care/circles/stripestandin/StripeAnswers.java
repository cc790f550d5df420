package care.circles.stripestandin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers the Stripe calls Circles makes with Stripe's example objects, patched with what was
 * asked: the amount and destination of a transfer, the name of a cardholder, the status of a
 * card. Like Stripe, the same idempotency key gives the same object (its id is derived from the
 * key), so a retried call can be told from a new one.
 */
final class StripeAnswers implements ResponseDefinitionTransformerV2 {

    static final String NAME = "stripe-answers";

    private static final Pattern CARD = Pattern.compile("/v1/issuing/cards/([^/?]+)");
    private static final Pattern ACCOUNT = Pattern.compile("/v1/accounts/([^/?]+)");

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl().split("\\?", 2)[0];
        String method = request.getMethod().getName();
        Map<String, String> form = form(request.getBodyAsString());
        String key = request.getHeader("Idempotency-Key");
        if ("POST".equals(method) && path.equals("/v1/transfers")) {
            Map<String, String> metadata = new LinkedHashMap<>();
            form.forEach((name, value) -> {
                if (name.startsWith("metadata[")) {
                    metadata.put(name.substring(9, name.length() - 1), value);
                }
            });
            return ok(StripeFixtures.transfer(id("tr_", key), Long.parseLong(form.getOrDefault("amount", "0")),
                    form.get("destination"), metadata));
        }
        if ("POST".equals(method) && path.equals("/v1/issuing/cardholders")) {
            return ok(StripeFixtures.cardholder(id("ich_", key), form.getOrDefault("name", "Cardholder"),
                    form.get("email")));
        }
        if ("POST".equals(method) && path.equals("/v1/issuing/cards")) {
            String id = id("ic_", key);
            return ok(StripeFixtures.card(id, last4(id), form.getOrDefault("status", "active"), form.get("cardholder"),
                    form.getOrDefault("type", "virtual")));
        }
        Matcher card = CARD.matcher(path);
        if (card.matches()) {
            String id = card.group(1);
            ObjectNode answer = StripeFixtures.card(id, last4(id), form.getOrDefault("status", "active"),
                    "ich_" + id.substring(Math.min(3, id.length())), "virtual");
            return ok(answer);
        }
        Matcher account = ACCOUNT.matcher(path);
        if ("GET".equals(method) && account.matches()) {
            String id = account.group(1);
            // An id with "unknown" in it stands for an account Stripe does not have.
            return id.contains("unknown") ? missing("No such account: '" + id + "'") : ok(StripeFixtures.account(id));
        }
        return missing("The Stripe stand-in does not answer " + method + " " + path);
    }

    /** Like Stripe: the same idempotency key gives the same object. */
    static String id(String prefix, String idempotencyKey) {
        return StandInIds.of(prefix, idempotencyKey);
    }

    private static String last4(String id) {
        return String.format("%04d", Math.floorMod(id.hashCode(), 10_000));
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    private static ResponseDefinition ok(ObjectNode object) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(object.toString()).build();
    }

    private static ResponseDefinition missing(String message) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\",\"message\":\""
                        + message.replace("\"", "'") + "\"}}")
                .build();
    }
}
