package care.circles.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's session against the running server: keeps the session cookie, signs in or
 * registers through the real forms, and posts Faces forms (plain or multipart) with their
 * view state token, as a browser would.
 */
public final class WebSession {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final HttpProbe probe;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebSession(URL base) {
        this.probe = new HttpProbe(base);
    }

    public static WebSession anonymous(URL base) {
        return new WebSession(base);
    }

    public static WebSession signedIn(URL base, String email, String password) {
        WebSession session = new WebSession(base);
        HttpResponse<String> done = session.submit("/sign-in.xhtml", "signIn", "Sign in",
                Map.of("email", email, "password", password), null);
        if (done.statusCode() != 302) {
            throw new IllegalStateException("Sign-in as " + email + " failed: HTTP " + done.statusCode());
        }
        return session;
    }

    /** Registers a new account through the form (which signs it in) and returns its session. */
    public static WebSession registered(URL base, String role, String email, String password) {
        WebSession session = new WebSession(base);
        HttpResponse<String> done = session.submit("/register.xhtml", "register", "Create account",
                Map.of("email", email, "password", password, "confirmPassword", password, "role", role), null);
        if (done.statusCode() != 302) {
            throw new IllegalStateException("Registering " + email + " failed: HTTP " + done.statusCode());
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Opens the page, then posts its form by pressing the named button.
     *
     * @param file null, or a file to send in the named file input: {field, fileName, bytes}
     */
    public HttpResponse<String> submit(String pagePath, String formId, String button, Map<String, String> fields,
                                       FilePart file) {
        HttpResponse<String> page = get(pagePath);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(pagePath + " answered " + page.statusCode());
        }
        String buttonName = find(page.body(), "name=\"([^\"]+)\" value=\"" + Pattern.quote(button) + "\"");
        String viewState = find(page.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
        String action = find(page.body(), "<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"")
                .replace("&amp;", "&");
        String path = action.replaceFirst("^https?://[^/]+", "");
        if (file == null) {
            StringBuilder body = new StringBuilder(formId).append('=').append(formId);
            fields.forEach((name, value) -> body.append('&').append(HttpProbe.encode(name)).append('=')
                    .append(HttpProbe.encode(value)));
            body.append('&').append(HttpProbe.encode(buttonName)).append('=').append(HttpProbe.encode(button));
            body.append("&jakarta.faces.ViewState=").append(HttpProbe.encode(viewState));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), HttpResponse.BodyHandlers.ofString());
        }
        String boundary = "----circles" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        textPart(body, boundary, formId, formId);
        fields.forEach((name, value) -> textPart(body, boundary, name, value));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                + file.fileName() + "\"\r\nContent-Type: " + file.claimedType() + "\r\n\r\n");
        body.writeBytes(file.bytes());
        write(body, "\r\n");
        textPart(body, boundary, buttonName, button);
        textPart(body, boundary, "jakarta.faces.ViewState", viewState);
        write(body, "--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
    }

    /** A file as a browser sends it: the type it claims is whatever the sender's computer says. */
    public record FilePart(String field, String fileName, String claimedType, byte[] bytes) {
    }

    public static String find(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("page must contain " + pattern + "\n" + html);
        }
        return matcher.group(1);
    }

    private static void textPart(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(probe.resolve(path)).timeout(Duration.ofSeconds(30));
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.values()));
        }
        return request;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            HttpResponse<T> response = CLIENT.send(request.build(), handler);
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";")[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("No answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
