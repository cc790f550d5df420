package care.circles.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

/** Plain HTTP against the running server, as any client would call it. */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URL base;

    public HttpProbe(URL base) {
        this.base = onLoopback(base);
    }

    /** The server listens on every interface; tests talk to it on loopback only. */
    public static URL onLoopback(URL url) {
        try {
            return new URL(url.getProtocol(), "127.0.0.1", url.getPort(), url.getFile());
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(resolve(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public HttpResponse<String> postForm(String path, String formBody, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /**
     * Asks again every 100 ms until the answer satisfies the condition or the time is up.
     *
     * @return the last answer, which satisfies the condition unless time ran out
     */
    public HttpResponse<String> getUntil(String pathAndQuery, Predicate<HttpResponse<String>> condition,
                                         Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> response = get(pathAndQuery);
        while (!condition.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = get(pathAndQuery);
        }
        return response;
    }

    public static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public URI resolve(String pathAndQuery) {
        String root = base.toExternalForm();
        if (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return URI.create(root + pathAndQuery);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + request.uri(), e);
        }
    }
}
