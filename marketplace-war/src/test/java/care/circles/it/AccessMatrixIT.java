package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security review in tests: every page and endpoint with every kind of visitor against the
 * matrix in src/test/resources/security/access-matrix.csv, then hostile input (script, SQL,
 * nonsense) in every query parameter and every form the visitor can reach.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    static final List<String> VISITORS = List.of("anonymous", "DP_HOLDER", "PA", "PROVIDER", "BROKER", "COUNCIL");
    private static final Map<String, String> DEMO = Map.of("DP_HOLDER", "dp@demo.circles.test", "PA", "pa@demo.circles.test",
            "PROVIDER", "provider@demo.circles.test", "BROKER", "broker@demo.circles.test", "COUNCIL", "council@demo.circles.test");

    static final String SCRIPT = "<script>alert('circles')</script>";
    static final List<String> PROBES = List.of("\"'>" + SCRIPT, "' OR '1'='1' -- ", "%00\u0000\u202E", "-1", "99999999999999999999");
    /** Every query parameter name the pages and endpoints read. */
    static final List<String> PARAMETERS = List.of("q", "near", "page", "id", "sort", "distance", "status", "type", "skills",
            "languages", "from", "to", "person", "action", "subjectType", "subjectId", "danger", "decided", "days", "parts");
    /** Forms whose fields write shared reference data when accepted; probed through their own tests instead. */
    static final Set<String> NOT_PROBED = Set.of("addSupportType", "signOutForm");

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(FormSession.class);
    }

    @ArquillianResource
    URL base;

    record Row(String path, Map<String, Integer> expected) {
    }

    @Test
    void everyPageAndEndpointAnswersEachKindOfVisitorAsTheMatrixSays() throws IOException {
        List<Row> matrix = matrix();
        List<String> wrong = new ArrayList<>();
        for (String visitor : VISITORS) {
            FormSession session = visitor.equals("anonymous") ? FormSession.anonymous(base)
                    : FormSession.signedIn(base, DEMO.get(visitor), FormSession.DEMO_PASSWORD);
            for (Row row : matrix) {
                int status = session.get(row.path()).statusCode();
                int expected = row.expected().get(visitor);
                if (status != expected) {
                    wrong.add(row.path() + " as " + visitor + ": " + status + ", the matrix says " + expected);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "Answers that differ from the matrix:\n" + String.join("\n", wrong));
    }

    @Test
    void everyPageOfTheApplicationIsInTheMatrix() throws IOException {
        Set<String> inMatrix = matrix().stream().map(Row::path).collect(Collectors.toSet());
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            List<String> missing = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .filter(p -> !inMatrix.contains(p)).sorted().toList();
            assertEquals(List.of(), missing, "pages with no row in access-matrix.csv");
        }
    }

    @Test
    void hostileQueryParametersNeverBreakAPageOrComeBackAsMarkup() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String visitor : VISITORS) {
            FormSession session = visitor.equals("anonymous") ? FormSession.anonymous(base)
                    : FormSession.signedIn(base, DEMO.get(visitor), FormSession.DEMO_PASSWORD);
            for (Row row : matrix()) {
                if (row.expected().get(visitor) != 200 && row.expected().get(visitor) != 404) {
                    continue;
                }
                for (String probe : PROBES) {
                    String query = PARAMETERS.stream().map(p -> p + "=" + HttpProbe.encode(probe)).collect(Collectors.joining("&"));
                    HttpResponse<String> answer = session.get(row.path() + "?" + query);
                    check(wrong, row.path() + "?… as " + visitor + " with " + printable(probe), answer);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "Pages that broke or reflected markup:\n" + String.join("\n", wrong));
    }

    @Test
    void hostileInputInEveryFormIsRefusedOrStoredSafelyNeverBreakingThePage() throws IOException {
        String password = "Probe-password-" + UUID.randomUUID();
        Map<String, FormSession> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", FormSession.anonymous(base));
        for (String role : List.of("DP_HOLDER", "PA", "PROVIDER")) {
            // Fresh accounts, so what the probes save changes nobody else's data.
            visitors.put(role, FormSession.registered(base, "probe-" + UUID.randomUUID() + "@example.test", password, role));
        }
        FormSession admin = FormSession.signedIn(base, DEMO.get("COUNCIL"), FormSession.DEMO_PASSWORD);
        String colleague = "probe-" + UUID.randomUUID() + "@council.test";
        admin.submit(admin.get("/council/accounts.xhtml"), "councilAccount", "Open account",
                Map.of("email", colleague, "password", password, "confirmPassword", password));
        visitors.put("COUNCIL", FormSession.signedIn(base, colleague, password));

        List<String> wrong = new ArrayList<>();
        int probed = 0;
        for (Map.Entry<String, FormSession> visitor : visitors.entrySet()) {
            FormSession session = visitor.getValue();
            for (Row row : matrix()) {
                if (row.expected().get(visitor.getKey()) != 200 || row.path().startsWith("/api/")
                        || row.path().endsWith(".json") || row.path().equals("/account/erase.xhtml")) {
                    continue;
                }
                HttpResponse<String> page = session.get(row.path());
                for (Form form : forms(page.body())) {
                    if (NOT_PROBED.contains(form.id()) || form.textFields().isEmpty() || form.button() == null) {
                        continue;
                    }
                    for (String probe : PROBES) {
                        Map<String, String> fields = new LinkedHashMap<>();
                        form.textFields().forEach(f -> fields.put(f, probe));
                        HttpResponse<String> answer = session.submit(session.get(row.path()), form.id(), form.button(), fields);
                        check(wrong, row.path() + " form " + form.id() + " as " + visitor.getKey() + " with "
                                + printable(probe), answer);
                        probed++;
                    }
                }
            }
        }
        assertTrue(probed > 20, "forms were found and probed: " + probed);
        assertTrue(wrong.isEmpty(), "Forms that broke or reflected markup:\n" + String.join("\n", wrong));
    }

    /**
     * No server error; an HTML page never carries the script as markup. JSON may quote what
     * was sent (a problem naming the bad value), which is safe only as JSON that browsers are
     * told not to sniff as anything else.
     */
    private static void check(List<String> wrong, String what, HttpResponse<String> answer) {
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (answer.statusCode() >= 500) {
            wrong.add(what + ": HTTP " + answer.statusCode());
        } else if (type.startsWith("text/html") && answer.body().contains(SCRIPT)) {
            wrong.add(what + ": the script came back unescaped");
        } else if (!type.startsWith("text/html") && answer.body().contains(SCRIPT)
                && (!type.contains("json") || !answer.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff"))) {
            wrong.add(what + ": the script came back in a " + type + " response that a browser might read as a page");
        }
    }

    private static String printable(String probe) {
        return probe.replaceAll("\\p{Cntrl}|\u202E", "?");
    }

    record Form(String id, List<String> textFields, String button) {
    }

    /** The Faces (POST) forms on a page: their text fields and first submit button. */
    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = Pattern.compile("<form id=\"([^\"]+)\"[^>]*method=\"post\"(.*?)</form>", Pattern.DOTALL).matcher(html);
        while (form.find()) {
            String body = form.group(2);
            List<String> fields = new ArrayList<>();
            Matcher input = Pattern.compile("<input ([^>]*)>").matcher(body);
            while (input.find()) {
                String attributes = input.group(1);
                String type = attribute(attributes, "type");
                String name = attribute(attributes, "name");
                if (name != null && (type == null || Set.of("text", "email", "search", "tel", "number", "date", "password")
                        .contains(type))) {
                    fields.add(name);
                }
            }
            Matcher area = Pattern.compile("<textarea [^>]*name=\"([^\"]+)\"").matcher(body);
            while (area.find()) {
                fields.add(area.group(1));
            }
            Matcher button = Pattern.compile("<input type=\"submit\" name=\"[^\"]+\" value=\"([^\"]+)\"").matcher(body);
            forms.add(new Form(form.group(1), fields, button.find() ? button.group(1).replace("&#39;", "'") : null));
        }
        return forms;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return value.find() ? value.group(1) : null;
    }

    static List<Row> matrix() throws IOException {
        try (InputStream in = AccessMatrixIT.class.getResourceAsStream("/security/access-matrix.csv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 0; i < VISITORS.size(); i++) {
                    expected.put(VISITORS.get(i), Integer.parseInt(cells[i + 1].strip()));
                }
                rows.add(new Row(cells[0].strip(), expected));
            }
            return rows;
        }
    }
}
