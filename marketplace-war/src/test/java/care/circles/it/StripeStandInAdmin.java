package care.circles.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The Stripe stand-in that the build runs, through WireMock's admin API: how many calls of a
 * kind it received, and a temporary stub that makes Stripe fail. Plain HTTP, so it works inside
 * the test deployment as well as from the test JVM.
 */
public final class StripeStandInAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    private StripeStandInAdmin(URI base) {
        this.base = base;
    }

    /** The stand-in the application is configured with (stripe.api-base). */
    public static StripeStandInAdmin ofApplication() {
        return new StripeStandInAdmin(URI.create(ConfigProvider.getConfig().getValue("stripe.api-base", String.class)));
    }

    /** How many {@code POST path} calls carried this Idempotency-Key. */
    public int postsWithIdempotencyKey(String path, String key) {
        String body = "{\"method\":\"POST\",\"url\":\"" + path + "\",\"headers\":{\"Idempotency-Key\":{\"equalTo\":\""
                + key + "\"}}}";
        Matcher count = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(send("POST", "/__admin/requests/count", body));
        if (!count.find()) {
            throw new IllegalStateException("The stand-in did not say how many calls it had");
        }
        return Integer.parseInt(count.group(1));
    }

    /** Until {@link #remove}, every {@code POST path} answers 500 as in a Stripe outage. @return the stub's id */
    public String failPosts(String path) {
        String body = "{\"priority\":1,\"request\":{\"method\":\"POST\",\"urlPath\":\"" + path + "\"},"
                + "\"response\":{\"status\":500,\"headers\":{\"Content-Type\":\"application/json\"},"
                + "\"body\":\"{\\\"error\\\":{\\\"type\\\":\\\"api_error\\\",\\\"message\\\":\\\"Stripe is having a bad day\\\"}}\"}}";
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(send("POST", "/__admin/mappings", body));
        if (!id.find()) {
            throw new IllegalStateException("The stand-in did not take the stub");
        }
        return id.group(1);
    }

    public void remove(String stubId) {
        send("DELETE", "/__admin/mappings/" + stubId, null);
    }

    private String send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The Stripe stand-in is not answering at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
