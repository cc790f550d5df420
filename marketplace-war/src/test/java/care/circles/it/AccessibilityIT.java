package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks the public journey in a real headless Chromium (Playwright) and runs axe on every page
 * state: home, search results, sign-in (and its error), register (and its errors), a PA
 * publishing a profile and finding it in search. Any WCAG 2.2 AA violation fails the build.
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
    }
}
