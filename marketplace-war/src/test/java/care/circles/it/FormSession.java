package care.circles.it;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session over plain HTTP: keeps the cookies, reads a Faces form from a page (its
 * action, hidden fields and view state) and posts it as the browser would. Redirects are not
 * followed, so tests see them.
 */
public final class FormSession {

    public static final String DEMO_PASSWORD = "Demo-password-1";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String forwardedFor;

    private FormSession(URL base) {
        try {
            this.base = HttpProbe.onLoopback(base).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static FormSession anonymous(URL base) {
        return new FormSession(base);
    }

    /**
     * A session that says it comes from this network address, as a load balancer would tell
     * the server (the tests' Payara trusts X-Forwarded-For): for limits per address.
     */
    public static FormSession anonymousFrom(URL base, String address) {
        FormSession session = new FormSession(base);
        session.forwardedFor = address;
        return session;
    }

    /** Signs in with the sign-in form, as a person would. */
    public static FormSession signedIn(URL base, String email, String password) {
        FormSession session = new FormSession(base);
        HttpResponse<String> signedIn = session.submit(session.get("/sign-in.xhtml"), "signIn", "Sign in",
                Map.of("email", email, "password", password));
        if (signedIn.statusCode() != 302) {
            throw new AssertionError("signing in as " + email + " answered " + signedIn.statusCode());
        }
        return session;
    }

    /** Creates an account with the registration form; it is signed straight in. */
    public static FormSession registered(URL base, String email, String password, String role) {
        FormSession session = new FormSession(base);
        HttpResponse<String> registered = session.submit(session.get("/register.xhtml"), "register", "Create account",
                Map.of("email", email, "password", password, "confirmPassword", password, "role", role));
        if (registered.statusCode() != 302) {
            throw new AssertionError("registering " + email + " answered " + registered.statusCode());
        }
        return session;
    }

    /** @param pathAndQuery below the application, like /messages/index.xhtml */
    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(inApp(pathAndQuery)).GET());
    }

    /** Follows a redirect the server answered with. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + redirect.statusCode()));
        return send(HttpRequest.newBuilder(redirect.uri().resolve(location)).GET());
    }

    /** Presses the Faces button labelled buttonLabel in the form, with these fields filled in. */
    public HttpResponse<String> submit(HttpResponse<String> page, String formId, String buttonLabel,
                                       Map<String, String> fields) {
        String form = form(page.body(), formId);
        String button = find(form, "<input type=\"submit\" name=\"([^\"]+)\" value=\"" + Pattern.quote(buttonLabel) + "\"");
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put(button, buttonLabel);
        return post(page, formId, sent);
    }

    /**
     * Posts the form with its hidden fields (view state included) plus these fields, as a
     * plain submit button outside the form (form="formId") would.
     */
    public HttpResponse<String> post(HttpResponse<String> page, String formId, Map<String, String> fields) {
        String form = form(page.body(), formId);
        Map<String, String> sent = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"").matcher(form);
        while (hidden.find()) {
            sent.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        sent.putAll(fields);
        String action = unescape(find(form, "action=\"([^\"]+)\""));
        return postTo(page.uri().resolve(action), sent);
    }

    /** Posts exactly these fields to a page of the application: for forged requests. */
    public HttpResponse<String> postTo(URI target, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> HttpProbe.encode(e.getKey()) + "=" + HttpProbe.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public URI inApp(String pathAndQuery) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + pathAndQuery);
    }

    public static String find(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern, Pattern.DOTALL).matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("page has no " + pattern);
        }
        return matcher.group(1);
    }

    private static String form(String html, String formId) {
        return find(html, "(<form id=\"" + Pattern.quote(formId) + "\".*?</form>)");
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
