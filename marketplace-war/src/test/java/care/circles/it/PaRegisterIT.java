package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import care.circles.pa.entity.DateRange;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfilePhoto;
import care.circles.pa.entity.TimeAway;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
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

    @Inject
    SupportTaxonomy taxonomy;

    @Test
    void publishedProfileIsFoundEditedAndRemovedThroughTheApi() throws Exception {
        String token = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Account pa = accounts.register(EmailAddress.of(token + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
        HttpProbe http = new HttpProbe(base);
        String search = "/api/v1/pas?q=" + token + "&near=Dorchester&radiusKm=30";

        profiles.publish(pa, details("Robin " + token, "Dorchester", "14.50", Set.of("COMPANIONSHIP")));
        JsonObject found = json(http.getUntil(search, r -> total(r) == 1, SEARCHABLE_WITHIN));
        assertEquals(1, found.getInt("total"), "published profile must be searchable within 5 s");
        JsonObject item = found.getJsonArray("items").getJsonObject(0);
        assertEquals("Robin " + token, item.getString("displayName"));
        assertEquals("Dorchester", item.getString("town"));
        assertEquals(1450, item.getJsonNumber("hourlyRatePence").longValue());
        assertEquals("COMPANIONSHIP", item.getJsonArray("skills").getString(0));
        assertTrue(item.getJsonNumber("distanceKm").doubleValue() < 1.0, "Dorchester is 0 km from Dorchester");

        profiles.save(pa, details("Robin " + token, "Weymouth", "16.00", Set.of("DEMENTIA", "MEALS")));
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
        profiles.save(pa, details("Draft " + token, "Bridport", "15.00", Set.of("MEALS")));
        profiles.publish(pa, details("Published " + "zz" + token, "Bridport", "15.00", Set.of("MEALS")));
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

    @Test
    @RunAsClient
    void searchWordsAreStemmedSoCookingFindsCook() {
        HttpProbe http = new HttpProbe(base);
        long cooking = total(http.get("/api/v1/pas?q=cooking"));
        assertTrue(cooking > 0, "demo PAs write about cooking and cooks");
        assertEquals(cooking, total(http.get("/api/v1/pas?q=cook")), "cook and cooking are the same word to search");
    }

    @Test
    @RunAsClient
    void aMisspelledSupportTypeStillFindsIt() {
        HttpProbe http = new HttpProbe(base);
        long dementia = total(http.get("/api/v1/pas?q=dementia"));
        assertTrue(dementia > 0);
        assertEquals(dementia, total(http.get("/api/v1/pas?q=demntia")));
    }

    @Test
    @RunAsClient
    void everyFacetFilterNarrowsToMatchingPasAndCountsAgree() {
        HttpProbe http = new HttpProbe(base);
        JsonObject all = json(http.get("/api/v1/pas?size=1"));
        long dementiaCount = facetCount(all, "skills", "DEMENTIA");
        assertTrue(dementiaCount > 0, "the skills facet counts PAs offering dementia support");

        JsonObject dementia = json(http.get("/api/v1/pas?skills=DEMENTIA&size=100"));
        assertEquals(dementiaCount, dementia.getJsonNumber("total").longValue(), "filter total equals the facet count");
        eachItem(dementia, item -> assertTrue(strings(item, "skills").contains("DEMENTIA")));

        JsonObject men = json(http.get("/api/v1/pas?gender=MAN&size=100"));
        assertTrue(men.getInt("total") > 0);
        eachItem(men, item -> assertEquals("MAN", item.getString("gender")));

        JsonObject polish = json(http.get("/api/v1/pas?languages=POLISH&size=100"));
        assertEquals(facetCount(all, "languages", "POLISH"), polish.getJsonNumber("total").longValue());
        eachItem(polish, item -> assertTrue(strings(item, "languages").contains("POLISH")));

        JsonObject selfEmployed = json(http.get("/api/v1/pas?employment=SELF_EMPLOYED&size=100"));
        eachItem(selfEmployed, item -> assertTrue(Set.of("SELF_EMPLOYED", "EITHER").contains(item.getString("employment"))));
        assertTrue(selfEmployed.getInt("total") < all.getInt("total"), "PAs who only want employment are left out");

        JsonObject withCar = json(http.get("/api/v1/pas?car=true&size=100"));
        assertEquals(facetCount(all, "car", "true"), withCar.getJsonNumber("total").longValue());
        eachItem(withCar, item -> assertTrue(item.getBoolean("hasCar")));

        JsonObject both = json(http.get("/api/v1/pas?skills=DEMENTIA,MEALS&size=100"));
        eachItem(both, item -> assertTrue(strings(item, "skills").containsAll(List.of("DEMENTIA", "MEALS"))));
        assertTrue(both.getInt("total") <= dementia.getInt("total"), "two skills must both be offered");
    }

    @Test
    void availabilityFilterFindsOnlyPasFreeAtEveryChosenTime() throws Exception {
        String token = "za" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Account pa = accounts.register(EmailAddress.of(token + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
        profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Night " + token, "Wareham", "15.00",
                "Night sits " + token, Set.of("COMPANIONSHIP"))
                .withAvailability(List.of("SUNDAY_NIGHT", "SATURDAY_NIGHT")), gazetteer::find, taxonomy.current()));
        HttpProbe http = new HttpProbe(base);
        http.getUntil("/api/v1/pas?q=" + token, r -> total(r) == 1, SEARCHABLE_WITHIN);
        assertEquals(1, total(http.get("/api/v1/pas?q=" + token + "&available=SUNDAY_NIGHT")));
        assertEquals(1, total(http.get("/api/v1/pas?q=" + token + "&available=SUNDAY_NIGHT,SATURDAY_NIGHT")));
        assertEquals(0, total(http.get("/api/v1/pas?q=" + token + "&available=SUNDAY_NIGHT,MONDAY_MORNING")),
                "free on Sunday night but not Monday morning: left out");
    }

    @Test
    void deletingAProfileTakesItOutOfSearchAtOnce() throws Exception {
        String token = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Account pa = accounts.register(EmailAddress.of(token + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
        profiles.publish(pa, details("Leaving " + token, "Sherborne", "14.00", Set.of("MEALS")));
        HttpProbe http = new HttpProbe(base);
        http.getUntil("/api/v1/pas?q=" + token, r -> total(r) == 1, SEARCHABLE_WITHIN);
        assertTrue(profiles.delete(pa));
        assertEquals(0, total(http.getUntil("/api/v1/pas?q=" + token, r -> total(r) == 0, SEARCHABLE_WITHIN)));
        assertTrue(profiles.ownedBy(pa).isEmpty());
    }

    @Test
    void aPaCannotRemoveAnotherPasTimeAwayOrSeeTheirUnpublishedPhoto() {
        Account first = newPa();
        Account second = newPa();
        PaProfile firstProfile = profiles.save(first, details("First", "Dorchester", "14.00", Set.of("MEALS")));
        profiles.save(second, details("Second", "Dorchester", "14.00", Set.of("MEALS")));
        TimeAway away = profiles.addTimeAway(first, new DateRange(LocalDate.now().plusDays(3), LocalDate.now().plusDays(5)),
                "Holiday");
        profiles.removeTimeAway(second, away.getId());
        assertEquals(1, profiles.timeAway(firstProfile.id()).size(), "another PA's time away must be untouched");

        profiles.replacePhoto(first, ProfilePhoto.fromUpload(tinyPng()));
        assertTrue(profiles.photoFor(firstProfile.id(), Optional.of(first)).isPresent(), "a PA sees their own draft photo");
        assertTrue(profiles.photoFor(firstProfile.id(), Optional.of(second)).isEmpty());
        assertTrue(profiles.photoFor(firstProfile.id(), Optional.empty()).isEmpty());
    }

    @Test
    void publishedPhotoIsServedToAnyoneAndWithdrawnWithTheProfile() {
        Account pa = newPa();
        PaProfile profile = profiles.publish(pa, details("Photo", "Swanage", "14.00", Set.of("MEALS")));
        profiles.replacePhoto(pa, ProfilePhoto.fromUpload(tinyPng()));
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> shown = http.get("/photos/" + profile.id());
        assertEquals(200, shown.statusCode());
        assertEquals("image/jpeg", shown.headers().firstValue("Content-Type").orElse(""));
        profiles.unpublish(pa);
        assertEquals(404, http.get("/photos/" + profile.id()).statusCode());
    }

    @Test
    @RunAsClient
    void unknownFilterValuesAreRejectedNamingTheField() {
        HttpProbe http = new HttpProbe(base);
        assertProblem(http.get("/api/v1/pas?skills=JUGGLING"), "skills", "JUGGLING");
        assertProblem(http.get("/api/v1/pas?available=MONDAY_LUNCH"), "available", "MONDAY_LUNCH");
        assertProblem(http.get("/api/v1/pas?car=perhaps"), "car", "true or false");
    }

    private Account newPa() {
        return accounts.register(EmailAddress.of("it-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of("Correct-horse-battery", "Correct-horse-battery"), Role.PA);
    }

    private static byte[] tinyPng() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long facetCount(JsonObject results, String facet, String value) {
        for (var entry : results.getJsonObject("facets").getJsonArray(facet)) {
            JsonObject count = entry.asJsonObject();
            if (count.getString("value").equals(value)) {
                return count.getJsonNumber("count").longValue();
            }
        }
        return 0;
    }

    private static void eachItem(JsonObject results, java.util.function.Consumer<JsonObject> check) {
        results.getJsonArray("items").forEach(item -> check.accept(item.asJsonObject()));
    }

    private static List<String> strings(JsonObject item, String field) {
        return item.getJsonArray(field).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
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

    private ProfileDetails details(String name, String town, String rate, Set<String> skills) {
        return ProfileDetails.of(ProfileAnswers.essentials(name, town, rate,
                "I have cared for older people for years and enjoy a chat over tea.", skills), gazetteer::find, taxonomy.current());
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
