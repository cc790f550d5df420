package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every feature's journey (src/test/e2e/journeys) in a real headless Chromium (Playwright)
 * and runs axe on each page state, error states included. Any WCAG 2.2 AA violation or broken step
 * fails the build, and so does a page of the product that no journey step checked.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return MarketplaceDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Test
    @RunAsClient
    void publicJourneyHasNoAccessibilityViolations() throws Exception {
        File journeyDir = new File(System.getProperty("it.e2e.dir", "target/e2e"));
        Path tmp = Files.createDirectories(journeyDir.toPath().resolve("tmp"));
        Path log = journeyDir.toPath().resolve("journey.log");
        String baseUrl = HttpProbe.onLoopback(base).toExternalForm().replaceAll("/$", "");
        ProcessBuilder journey = new ProcessBuilder(List.of("node", "journey.mjs", baseUrl,
                "--screenshots", journeyDir.toPath().resolve("screenshots").toString()))
                .directory(journeyDir)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        journey.environment().put("TMPDIR", tmp.toString());
        Process process = journey.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        if (!finished) {
            process.destroyForcibly();
        }
        // The summary of what failed comes first: a CI log keeps only the start of a long message.
        int summary = output.lastIndexOf("\nfailed:\n");
        String failed = summary < 0 ? "" : output.substring(summary + 1) + "\n---- the whole journey:\n";
        assertEquals(0, finished ? process.exitValue() : -1,
                "the browser journey found accessibility violations or a broken step:\n" + failed + output);

        Set<String> unchecked = pages(Path.of("src/main/webapp"));
        unchecked.removeAll(checkedPages(output, baseUrl));
        assertEquals(Set.of(), unchecked, "every page of the product gets an axe check in the journey (add a step"
                + " that opens each of these by its own address)");
    }

    /** Every Facelets page people can open, as a path below the application: "pa/profile.xhtml". */
    private static Set<String> pages(Path webapp) throws IOException {
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> webapp.relativize(p).toString().replace(File.separatorChar, '/'))
                    .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /** The pages axe ran on, from the journey's "axe name: N violations  (address)" lines. */
    private static Set<String> checkedPages(String journeyOutput, String baseUrl) {
        String root = URI.create(baseUrl + "/").getPath();
        Matcher checked = Pattern.compile("axe \\S+: \\d+ violations\\s+\\((\\S+)\\)").matcher(journeyOutput);
        Set<String> pages = new TreeSet<>();
        while (checked.find()) {
            String path = URI.create(checked.group(1)).getPath();
            String page = path.startsWith(root) ? path.substring(root.length()) : path;
            pages.add(page.isEmpty() || page.endsWith("/") ? page + "index.xhtml" : page);
        }
        return pages;
    }
}
