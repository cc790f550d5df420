package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
import care.circles.pa.entity.ProfileDetails;
import care.circles.pa.entity.Skill;
import care.circles.place.control.Gazetteer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The thin slice end to end, on real MariaDB, Elasticsearch and Payara: a PA registers and
 * publishes, and the public search API finds, updates and drops the profile.
 */
@ExtendWith(ArquillianExtension.class)
class PaRegisterIT {

    private static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(5);

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

    @Test
    void publishedProfileIsFoundEditedAndRemovedThroughTheApi() throws Exception {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Account pa = accounts.register(EmailAddress.of(token + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
        HttpProbe http = new HttpProbe(base);
        String search = "/api/v1/pas?q=" + token + "&near=Dorchester&radiusKm=30";

        profiles.publish(pa, details("Robin " + token, "Dorchester", "14.50", EnumSet.of(Skill.COMPANIONSHIP)));
        JsonObject found = json(http.getUntil(search, r -> total(r) == 1, SEARCHABLE_WITHIN));
        assertEquals(1, found.getInt("total"), "published profile must be searchable within 5 s");
        JsonObject item = found.getJsonArray("items").getJsonObject(0);
        assertEquals("Robin " + token, item.getString("displayName"));
        assertEquals("Dorchester", item.getString("town"));
        assertEquals(1450, item.getJsonNumber("hourlyRatePence").longValue());
        assertEquals("COMPANIONSHIP", item.getJsonArray("skills").getString(0));
        assertTrue(item.getJsonNumber("distanceKm").doubleValue() < 1.0, "Dorchester is 0 km from Dorchester");

        profiles.save(pa, details("Robin " + token, "Weymouth", "16.00", EnumSet.of(Skill.DEMENTIA, Skill.MEALS)));
        JsonObject edited = json(http.getUntil(search, r -> rateOfFirst(r) == 1600, SEARCHABLE_WITHIN));
        JsonObject editedItem = edited.getJsonArray("items").getJsonObject(0);
        assertEquals(1600, editedItem.getJsonNumber("hourlyRatePence").longValue(), "the edit must reach search");
        assertEquals("Weymouth", editedItem.getString("town"));
        assertTrue(editedItem.getJsonNumber("distanceKm").doubleValue() > 5, "Weymouth is several km from Dorchester");

        profiles.unpublish(pa);
        JsonObject gone = json(http.getUntil(search, r -> total(r) == 0, SEARCHABLE_WITHIN));
        assertEquals(0, gone.getInt("total"), "an unpublished profile must leave search");
    }

    @Test
    void draftProfileIsNotSearchable() throws Exception {
        String token = "zd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Account pa = accounts.register(EmailAddress.of(token + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
        profiles.save(pa, details("Draft " + token, "Bridport", "15.00", EnumSet.of(Skill.MEALS)));
        profiles.publish(pa, details("Published " + "zz" + token, "Bridport", "15.00", EnumSet.of(Skill.MEALS)));
        HttpProbe http = new HttpProbe(base);
        // The published one proves delivery happened; the draft wording must not be indexed.
        http.getUntil("/api/v1/pas?q=zz" + token, r -> total(r) == 1, SEARCHABLE_WITHIN);
        assertEquals(0, total(http.get("/api/v1/pas?q=Draft+" + token)));
    }

    @Test
    @RunAsClient
    void searchNearATownOnlyReturnsPeopleWithinTheRadiusNearestFirst() {
        HttpProbe http = new HttpProbe(base);
        JsonObject page = json(http.get("/api/v1/pas?near=DT1&radiusKm=10&sort=distance&size=50"));
        assertTrue(page.getInt("total") > 0, "demo data has PAs around Dorchester");
        double previous = 0;
        for (var value : page.getJsonArray("items")) {
            double distance = value.asJsonObject().getJsonNumber("distanceKm").doubleValue();
            assertTrue(distance <= 10.05, "every result must be within 10 km, got " + distance);
            assertTrue(distance >= previous, "results must be nearest first");
            previous = distance;
        }
    }

    @Test
    @RunAsClient
    void stemmedAndMisspelledWordsStillFindPeople() {
        HttpProbe http = new HttpProbe(base);
        long exact = total(http.get("/api/v1/pas?q=companionship"));
        assertTrue(exact > 0, "demo data has PAs offering companionship");
        assertEquals(exact, total(http.get("/api/v1/pas?q=companionshp")), "a one-letter typo finds the same people");
    }

    @Test
    @RunAsClient
    void unknownPlaceIsRejectedNamingTheField() {
        assertProblem(new HttpProbe(base).get("/api/v1/pas?q=care&near=Atlantis"), "near", "Atlantis");
    }

    @Test
    @RunAsClient
    void badNumbersAreRejectedNamingTheField() {
        HttpProbe http = new HttpProbe(base);
        assertProblem(http.get("/api/v1/pas?near=Dorchester&radiusKm=far"), "radiusKm", "kilometres");
        assertProblem(http.get("/api/v1/pas?near=Dorchester&radiusKm=500"), "radiusKm", "kilometres");
        assertProblem(http.get("/api/v1/pas?size=0"), "size", "1 to 100");
        assertProblem(http.get("/api/v1/pas?page=-2"), "page", "from 1");
        assertProblem(http.get("/api/v1/pas?sort=cheapest"), "sort", "relevance");
        assertProblem(http.get("/api/v1/pas?q=" + "a".repeat(201)), "q", "200");
    }

    @Test
    @RunAsClient
    void distanceWithoutAPlaceIsRejected() {
        assertProblem(new HttpProbe(base).get("/api/v1/pas?radiusKm=10"), "radiusKm", "place");
    }

    private static void assertProblem(HttpResponse<String> response, String field, String wording) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(response);
        assertEquals(400, problem.getInt("status"));
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"));
        assertTrue(error.getString("message").contains(wording), error.getString("message"));
    }

    private ProfileDetails details(String name, String town, String rate, Set<Skill> skills) {
        return ProfileDetails.of(name, town, gazetteer.find(town).orElseThrow(), rate,
                "I have cared for older people for years and enjoy a chat over tea.", skills);
    }

    private static long total(HttpResponse<String> response) {
        return response.statusCode() == 200 ? json(response).getJsonNumber("total").longValue() : -1;
    }

    private static long rateOfFirst(HttpResponse<String> response) {
        JsonObject body = json(response);
        return body.getJsonArray("items").isEmpty() ? -1
                : body.getJsonArray("items").getJsonObject(0).getJsonNumber("hourlyRatePence").longValue();
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
