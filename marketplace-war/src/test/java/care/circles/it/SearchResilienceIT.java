package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.control.PaSearchIndex;
import care.circles.pa.control.RebuildProgress;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.search.control.IndexDelivery;
import jakarta.inject.Inject;

/**
 * Search keeps its promises when things go wrong: changes made while Elasticsearch is down
 * arrive once it is back, and a full rebuild never leaves searches without an answer.
 * Runs inside the server; stops and starts the build's real Elasticsearch with its script.
 */
@ExtendWith(ArquillianExtension.class)
class SearchResilienceIT {

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    PaSearchIndex index;

    @Inject
    IndexDelivery delivery;

    @Test
    void changesMadeWhileElasticsearchIsDownArriveWhenItReturns() throws Exception {
        String token = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Account pa = accounts.register(EmailAddress.of(token + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
        HttpProbe http = new HttpProbe(base);
        elasticsearch("stop");
        try {
            profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Resilient " + token, "Gillingham",
                    "15.50", "Here whatever the weather " + token, Set.of("MEALS")), gazetteer::find, taxonomy.current()));
            assertEquals(503, http.get("/api/v1/pas?q=" + token).statusCode(), "search says it is unavailable");
            Thread.sleep(1500);
            assertTrue(delivery.backlog() > 0, "the change waits in the outbox");
        } finally {
            elasticsearch("start");
        }
        HttpResponse<String> found = http.getUntil("/api/v1/pas?q=" + token,
                r -> r.statusCode() == 200 && r.body().contains("Resilient " + token), Duration.ofSeconds(90));
        assertTrue(found.body().contains("Resilient " + token), "the queued change arrived: " + found.body());
    }

    @Test
    void aFullRebuildSwapsIndexesWithoutASingleFailedSearch() throws Exception {
        HttpProbe http = new HttpProbe(base);
        long before = total(http.get("/api/v1/pas?size=1"));
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Thread searcher = new Thread(() -> {
            while (rebuilding.get()) {
                HttpResponse<String> answer = http.get("/api/v1/pas?q=care&near=Dorchester");
                searches.incrementAndGet();
                if (answer.statusCode() != 200 || total(answer) == 0) {
                    failures.incrementAndGet();
                }
            }
        });
        searcher.start();
        try {
            long indexed = index.rebuildNow();
            assertEquals(before, indexed, "every published profile is in the new index");
        } finally {
            Thread.sleep(300);
            rebuilding.set(false);
            searcher.join(TimeUnit.SECONDS.toMillis(30));
        }
        assertTrue(searches.get() > 0);
        assertEquals(0, failures.get(), "searches failed during the rebuild: " + failures.get() + " of " + searches.get());
        RebuildProgress progress = index.progress();
        assertEquals(RebuildProgress.State.FINISHED, progress.state());
        assertEquals(100, progress.percent());
        assertEquals(before, total(http.get("/api/v1/pas?size=1")));
    }

    private static void elasticsearch(String command) throws IOException, InterruptedException {
        List<String> args = "start".equals(command)
                ? List.of("bash", System.getProperty("it.es.script"), "start", System.getProperty("it.es.home"),
                        System.getProperty("it.es.data"), System.getProperty("it.es.port"))
                : List.of("bash", System.getProperty("it.es.script"), "stop", System.getProperty("it.es.data"));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "elasticsearch " + command + " did not finish");
        assertEquals(0, process.exitValue(), "elasticsearch " + command + " failed: " + output);
    }

    private static long total(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return -1;
        }
        String body = response.body();
        int at = body.indexOf("\"total\":");
        return Long.parseLong(body.substring(at + 8, body.indexOf(',', at)));
    }
}
