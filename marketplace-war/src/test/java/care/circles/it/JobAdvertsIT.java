package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

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
import care.circles.advert.control.AdvertClosing;
import care.circles.advert.control.AdvertModeration;
import care.circles.advert.control.JobAdverts;
import care.circles.advert.entity.AdvertChangeRefused;
import care.circles.advert.entity.AdvertDetails;
import care.circles.advert.entity.AdvertStatus;
import care.circles.advert.entity.JobAdvert;
import care.circles.advert.entity.RejectionReason;
import care.circles.notification.control.Notifications;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Job adverts on the real MariaDB, Elasticsearch and Payara: the lifecycle and its refusals,
 * the council's moderation and its audit, search through the public API, who may do what,
 * and who is told.
 */
@ExtendWith(ArquillianExtension.class)
class JobAdvertsIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);
    private static final String PASSWORD = "Correct-horse-battery";

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war();
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    JobAdverts adverts;

    @Inject
    AdvertModeration moderation;

    @Inject
    AdvertClosing closing;

    @Inject
    Notifications notifications;

    @Inject
    PaProfiles profiles;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    // ---- lifecycle and moderation ------------------------------------------------------------

    @Test
    void advertGoesThroughEveryLegalStepAndTheCouncilsDecisionsAreAudited() {
        Account poster = account(Role.DP_HOLDER);
        Account council = council();
        JobAdvert advert = adverts.write(poster, details("Help with meals " + token(), "Dorchester", "MEALS"));
        assertEquals(AdvertStatus.DRAFT, status(advert));

        adverts.submit(poster, advert.id());
        assertEquals(AdvertStatus.SUBMITTED, status(advert));
        moderation.reject(council, advert.id(), RejectionReason.of("Please take out the name of your street."));
        assertEquals(AdvertStatus.REJECTED, status(advert));
        adverts.change(poster, advert.id(), details("Help with meals, Dorchester " + token(), "Dorchester", "MEALS"));
        adverts.submit(poster, advert.id());
        moderation.publish(council, advert.id());
        assertEquals(AdvertStatus.PUBLISHED, status(advert));
        assertTrue(adverts.open(advert.id()).isPresent(), "a published advert is open to everyone");
        adverts.markFilled(poster, advert.id());
        assertEquals(AdvertStatus.FILLED, status(advert));
        assertTrue(adverts.open(advert.id()).isEmpty(), "a filled advert is no longer public");

        assertEquals(List.of("ADVERT_SUBMITTED", "ADVERT_REJECTED", "ADVERT_SUBMITTED", "ADVERT_PUBLISHED", "ADVERT_FILLED"),
                auditedActions(advert.id()));
        List<Object> rejection = rows("SELECT actor_account_id, detail FROM audit_event"
                + " WHERE subject_type = 'job_advert' AND subject_id = ? AND action = 'ADVERT_REJECTED'", advert.id()).get(0);
        assertEquals(council.id().longValue(), ((Number) rejection.get(0)).longValue(), "the council user is the actor");
        assertEquals("Please take out the name of your street.", rejection.get(1), "the reason is kept in the audit");
        List<Object> publishing = rows("SELECT actor_account_id FROM audit_event"
                + " WHERE subject_type = 'job_advert' AND subject_id = ? AND action = 'ADVERT_PUBLISHED'", advert.id()).get(0);
        assertEquals(council.id().longValue(), ((Number) publishing.get(0)).longValue());
    }

    @Test
    void anAdvertCanBeWithdrawnAsADraftWhileWaitingOrWhenPublished() {
        Account poster = account(Role.DP_HOLDER);
        JobAdvert draft = adverts.write(poster, details("Draft " + token(), "Bridport", "MEALS"));
        adverts.withdraw(poster, draft.id());
        assertEquals(AdvertStatus.WITHDRAWN, status(draft));

        JobAdvert waiting = adverts.write(poster, details("Waiting " + token(), "Bridport", "MEALS"));
        adverts.submit(poster, waiting.id());
        adverts.withdraw(poster, waiting.id());
        assertEquals(AdvertStatus.WITHDRAWN, status(waiting));

        JobAdvert published = publishedAdvert(poster, details("Published " + token(), "Bridport", "MEALS"));
        adverts.withdraw(poster, published.id());
        assertEquals(AdvertStatus.WITHDRAWN, status(published));
        assertEquals(List.of("ADVERT_SUBMITTED", "ADVERT_PUBLISHED", "ADVERT_WITHDRAWN"), auditedActions(published.id()));
    }

    @Test
    void stepsTheStatusDoesNotAllowAreRefusedWithAClearMessage() {
        Account poster = account(Role.DP_HOLDER);
        Account council = council();
        JobAdvert draft = adverts.write(poster, details("Refusals " + token(), "Dorchester", "MEALS"));

        AdvertChangeRefused notSent = assertThrows(AdvertChangeRefused.class,
                () -> moderation.publish(council, draft.id()));
        assertEquals("You cannot publish this advert because it is a draft.", notSent.getMessage());
        assertThrows(AdvertChangeRefused.class, () -> adverts.markFilled(poster, draft.id()));

        adverts.submit(poster, draft.id());
        assertThrows(AdvertChangeRefused.class, () -> adverts.submit(poster, draft.id()), "sent twice");
        assertThrows(AdvertChangeRefused.class,
                () -> adverts.change(poster, draft.id(), details("Changed " + token(), "Dorchester", "MEALS")),
                "the council is checking what was sent");
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> moderation.reject(council, draft.id(), RejectionReason.of("")));
        assertEquals("reason", noReason.problems().get(0).field());

        moderation.publish(council, draft.id());
        AdvertChangeRefused twice = assertThrows(AdvertChangeRefused.class, () -> moderation.publish(council, draft.id()));
        assertEquals("You cannot publish this advert because it is published.", twice.getMessage());
        adverts.withdraw(poster, draft.id());
        assertThrows(AdvertChangeRefused.class, () -> adverts.markFilled(poster, draft.id()), "withdrawn is the end");
        assertEquals(AdvertStatus.WITHDRAWN, status(draft), "refused steps changed nothing");
    }

    @Test
    void onlyThePosterCanSeeChangeOrWithdrawTheirAdvertAndOnlyDpHoldersPost() {
        Account poster = account(Role.DP_HOLDER);
        Account someoneElse = account(Role.DP_HOLDER);
        Account pa = account(Role.PA);
        JobAdvert advert = adverts.write(poster, details("Mine " + token(), "Wareham", "MEALS"));

        assertTrue(adverts.postedBy(someoneElse, advert.id()).isEmpty(), "another DP holder cannot read it");
        assertThrows(SecurityException.class,
                () -> adverts.change(someoneElse, advert.id(), details("Hijacked", "Wareham", "MEALS")));
        assertThrows(SecurityException.class, () -> adverts.submit(someoneElse, advert.id()));
        assertThrows(SecurityException.class, () -> adverts.withdraw(someoneElse, advert.id()));
        assertThrows(SecurityException.class, () -> adverts.markFilled(someoneElse, advert.id()));
        assertThrows(SecurityException.class, () -> adverts.write(pa, details("PA post", "Wareham", "MEALS")),
                "a PA cannot post an advert");
        assertThrows(SecurityException.class, () -> moderation.publish(poster, advert.id()),
                "a poster cannot publish their own advert");
        assertEquals(AdvertStatus.DRAFT, status(advert));
        assertTrue(auditedActions(advert.id()).isEmpty());
    }

    // ---- search ------------------------------------------------------------------------------

    @Test
    void publishedAdvertIsFoundByWordsDistanceAndSkillWithTheDocumentedJsonShape() throws Exception {
        String token = token();
        Account poster = account(Role.DP_HOLDER);
        AdvertDetails words = details("Gardening companion " + token, "Dorchester", "COMPANIONSHIP", "MEALS");
        JobAdvert dorchester = publishedAdvert(poster, words);
        JobAdvert bridport = publishedAdvert(poster, details("Gardening companion " + token, "Bridport", "DRIVING"));
        HttpProbe http = new HttpProbe(base);

        JsonObject found = json(http.getUntil("/api/v1/adverts?q=" + token, r -> total(r) == 2, WITHIN));
        assertEquals(2, found.getInt("total"), "both published adverts are searchable within 5 s");
        JsonObject item = itemWithId(found, dorchester.id());
        assertEquals(List.of("id", "title", "town", "distanceKm", "skills", "times", "hoursPerWeek", "startDate",
                "hourlyRatePence", "publishedAt", "closesAt"), new ArrayList<>(item.keySet()));
        assertEquals("Gardening companion " + token, item.getString("title"));
        assertEquals("Dorchester", item.getString("town"));
        assertTrue(item.isNull("distanceKm"), "no place, no distance");
        assertEquals(List.of("MEALS", "COMPANIONSHIP"), strings(item.getJsonArray("skills")));
        assertEquals(List.of("MONDAY-MORNING", "WEDNESDAY-MORNING"), strings(item.getJsonArray("times")));
        assertEquals(6.0, item.getJsonNumber("hoursPerWeek").doubleValue());
        assertEquals(adverts.today().plusDays(14).toString(), item.getString("startDate"));
        assertEquals(1350, item.getJsonNumber("hourlyRatePence").longValue());
        assertEquals(Instant.parse(item.getString("publishedAt")).plus(Duration.ofDays(60)),
                Instant.parse(item.getString("closesAt")));

        assertEquals(2, total(http.get("/api/v1/adverts?q=" + token + "+gardens")), "stemmed: gardens finds Gardening");
        assertEquals(2, total(http.get("/api/v1/adverts?q=" + token + "+companoin")), "a typo still finds it");
        assertEquals(List.of(dorchester.id()), ids(http.get("/api/v1/adverts?q=" + token + "&skills=MEALS,AUTISM")));
        assertEquals(List.of(bridport.id()), ids(http.get("/api/v1/adverts?q=" + token + "&skills=driving")));
        assertEquals(0, total(http.get("/api/v1/adverts?q=" + token + "&skills=AUTISM")));
        assertEquals(List.of(dorchester.id(), bridport.id()),
                ids(http.get("/api/v1/adverts?q=" + token + "&near=Dorchester&radiusKm=40&sort=distance")),
                "nearest first from Dorchester");
        assertEquals(List.of(bridport.id(), dorchester.id()),
                ids(http.get("/api/v1/adverts?q=" + token + "&near=DT6&radiusKm=40&sort=distance")),
                "nearest first from Bridport's postcode district");
        JsonObject near = json(http.get("/api/v1/adverts?q=" + token + "&near=Weymouth&radiusKm=15"));
        assertEquals(1, near.getInt("total"), "Bridport is more than 15 km from Weymouth");
        assertEquals(11.4, near.getJsonArray("items").getJsonObject(0).getJsonNumber("distanceKm").doubleValue(), 0.5);
        assertEquals(0, total(http.get("/api/v1/adverts?q=" + token + "&near=Shaftesbury&radiusKm=15")));
        JsonObject secondPage = json(http.get("/api/v1/adverts?q=" + token + "&size=1&page=2&sort=newest"));
        assertEquals(2, secondPage.getInt("total"), "the total counts every page");
        assertEquals(List.of(dorchester.id()), ids(secondPage), "newest first, one per page: the older is second");
    }

    @Test
    void draftsAndAdvertsWaitingForTheCouncilAreNotSearchable() throws Exception {
        String token = token();
        Account poster = account(Role.DP_HOLDER);
        adverts.write(poster, details("Draft " + token, "Sherborne", "MEALS"));
        JobAdvert waiting = adverts.write(poster, details("Waiting " + token, "Sherborne", "MEALS"));
        adverts.submit(poster, waiting.id());
        // A published one proves delivery has happened; the other two must still be missing.
        JobAdvert published = publishedAdvert(poster, details("Published " + token, "Sherborne", "MEALS"));
        HttpProbe http = new HttpProbe(base);
        http.getUntil("/api/v1/adverts?q=" + token, r -> total(r) >= 1, WITHIN);
        assertEquals(List.of(published.id()), ids(http.get("/api/v1/adverts?q=" + token)));
    }

    @Test
    void aWithdrawnAdvertLeavesSearchWithinFiveSeconds() throws Exception {
        String token = token();
        Account poster = account(Role.DP_HOLDER);
        JobAdvert advert = publishedAdvert(poster, details("Withdraw me " + token, "Swanage", "MEALS"));
        assertEquals(1, totalOnceSettled(token, 1));

        adverts.withdraw(poster, advert.id());
        assertEquals(0, totalOnceSettled(token, 0), "a withdrawn advert must leave search within 5 s");
    }

    @Test
    void anAdvertSixtyDaysAfterPublishingIsClosedAndLeavesSearch() throws Exception {
        String token = token();
        Account poster = account(Role.DP_HOLDER);
        JobAdvert advert = publishedAdvert(poster, details("Old advert " + token, "Verwood", "MEALS"));
        assertEquals(1, totalOnceSettled(token, 1));

        publishedAgo(advert.id(), Duration.ofDays(60).plusMinutes(1));
        assertEquals(AdvertStatus.CLOSED, status(advert), "closed by the clock before any clean-up");
        assertTrue(adverts.open(advert.id()).isEmpty());
        assertTrue(closing.closeExpired() >= 1);
        assertEquals(0, totalOnceSettled(token, 0));
        assertTrue(auditedActions(advert.id()).contains("ADVERT_CLOSED"));
        assertThrows(AdvertChangeRefused.class, () -> adverts.markFilled(poster, advert.id()));
    }

    @Test
    @RunAsClient
    void invalidSearchParametersAreRefusedNamingTheField() {
        HttpProbe http = new HttpProbe(base);
        assertProblem(http.get("/api/v1/adverts?near=Atlantis"), "near", "Atlantis");
        assertProblem(http.get("/api/v1/adverts?near=Dorchester&radiusKm=far"), "radiusKm", "kilometres");
        assertProblem(http.get("/api/v1/adverts?radiusKm=10"), "radiusKm", "place");
        assertProblem(http.get("/api/v1/adverts?skills=MEALS,FLYING"), "skills", "FLYING");
        assertProblem(http.get("/api/v1/adverts?sort=cheapest"), "sort", "newest");
        assertProblem(http.get("/api/v1/adverts?sort=distance"), "sort", "place");
        assertProblem(http.get("/api/v1/adverts?size=0"), "size", "1 to 100");
        assertProblem(http.get("/api/v1/adverts?page=-1"), "page", "from 1");
        assertProblem(http.get("/api/v1/adverts?q=" + "a".repeat(201)), "q", "200");
    }

    // ---- notifications -----------------------------------------------------------------------

    @Test
    void matchingPasAreToldAndPasWithOtherSkillsFurtherAwayOrUnpublishedAreNot() throws Exception {
        Account near = paWithProfile("Weymouth", true, "SENSORY_IMPAIRMENT");
        Account inTown = paWithProfile("Dorchester", true, "SENSORY_IMPAIRMENT", "MOVING_AND_HANDLING");
        Account wrongSkill = paWithProfile("Dorchester", true, "DRIVING");
        Account tooFar = paWithProfile("Shaftesbury", true, "SENSORY_IMPAIRMENT");
        Account unpublished = paWithProfile("Dorchester", false, "SENSORY_IMPAIRMENT");
        Account freeOnMondays = paWithWeek("Dorchester", "MONDAY_MORNING", "FRIDAY_EVENING");
        Account onlySundayNights = paWithWeek("Dorchester", "SUNDAY_NIGHT");
        JobAdvert advert = publishedAdvert(account(Role.DP_HOLDER),
                details("Reading post aloud " + token(), "Dorchester", "SENSORY_IMPAIRMENT", "MOVING_AND_HANDLING"));
        String link = "/adverts/advert.xhtml?id=" + advert.id();

        assertTrue(eventually(() -> toldAbout(near, link) == 1), "a PA 11 km away with a needed skill is told");
        assertEquals(1, toldAbout(inTown, link), "one notice even when several skills match");
        assertEquals(0, toldAbout(wrongSkill, link), "no needed skill");
        assertEquals(0, toldAbout(tooFar, link), "Shaftesbury is more than 25 km from Dorchester");
        assertEquals(0, toldAbout(unpublished, link), "a PA whose profile is not published");
        assertEquals(1, toldAbout(freeOnMondays, link), "free on Monday mornings, when help is wanted");
        assertEquals(0, toldAbout(onlySundayNights, link), "works only on Sunday nights: no time in common");
        String message = (String) rows("SELECT message FROM notification WHERE account_id = ? AND link = ?",
                near.id(), link).get(0).get(0);
        assertTrue(message.contains(advert.title()) && message.contains("Dorchester"), message);
    }

    @Test
    void thePosterIsToldOfEachDecisionAndReadsTheReasonForARejection() {
        Account poster = account(Role.DP_HOLDER);
        Account council = council();
        JobAdvert advert = adverts.write(poster, details("Evening help " + token(), "Ferndown", "MEALS"));
        adverts.submit(poster, advert.id());
        long unreadBefore = notifications.unreadCount(poster);
        moderation.reject(council, advert.id(), RejectionReason.of("Please say which evenings you need help."));

        assertEquals(unreadBefore + 1, notifications.unreadCount(poster));
        var rejected = notifications.newestFirst(poster, 1, 20).items().get(0);
        assertTrue(rejected.message().contains("Please say which evenings you need help."), rejected.message());
        assertEquals("/adverts/edit.xhtml?id=" + advert.id(), rejected.link());
        assertEquals("Please say which evenings you need help.",
                adverts.postedBy(poster, advert.id()).orElseThrow().rejectionReason());

        assertTrue(notifications.open(account(Role.DP_HOLDER), rejected.id()).isEmpty(),
                "nobody else can open someone's notification");
        assertTrue(notifications.open(poster, rejected.id()).isPresent());
        assertEquals(unreadBefore, notifications.unreadCount(poster), "opening it marks it read");

        adverts.submit(poster, advert.id());
        moderation.publish(council, advert.id());
        assertTrue(notifications.newestFirst(poster, 1, 20).items().get(0).message().contains("is published"));
    }

    @Test
    void postersPagesShowTheReasonAndHideOtherPeoplesAdverts() throws Exception {
        Account poster = account(Role.DP_HOLDER);
        Account someoneElse = account(Role.DP_HOLDER);
        Account pa = account(Role.PA);
        String title = "Weekend outings " + token();
        JobAdvert advert = adverts.write(poster, details(title, "Wimborne Minster", "OUT_AND_ABOUT"));
        adverts.submit(poster, advert.id());
        moderation.reject(council(), advert.id(), RejectionReason.of("Please remove your house number."));
        HttpProbe http = new HttpProbe(base);

        String posterSession = signIn(http, poster);
        HttpResponse<String> mine = get(http, "/adverts/mine.xhtml", posterSession);
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains(title) && mine.body().contains("Please remove your house number."),
                "the poster reads the council's reason on their adverts page");
        assertEquals(200, get(http, "/adverts/edit.xhtml?id=" + advert.id(), posterSession).statusCode());

        HttpResponse<String> other = get(http, "/adverts/edit.xhtml?id=" + advert.id(), signIn(http, someoneElse));
        assertEquals(404, other.statusCode(), "another DP holder is told it does not exist");
        assertFalse(other.body().contains(title));
        assertEquals(403, get(http, "/adverts/edit.xhtml", signIn(http, pa)).statusCode(), "PAs cannot post");
        assertEquals(302, get(http, "/adverts/mine.xhtml", null).statusCode(), "signing in comes first");
        assertEquals(404, get(http, "/adverts/advert.xhtml?id=" + advert.id(), null).statusCode(),
                "an advert that is not published is not public");
    }

    // ---- builders and helpers ----------------------------------------------------------------

    private AdvertDetails details(String title, String town, String... skills) {
        LocalDate start = adverts.today().plusDays(14);
        return AdvertDetails.of(new AdvertDetails.Typed(title, town, List.of("MONDAY-MORNING", "WEDNESDAY-MORNING"),
                        "6", Set.of(skills), String.valueOf(start.getDayOfMonth()),
                        String.valueOf(start.getMonthValue()), String.valueOf(start.getYear()), "13.50",
                        "Cooking lunch together, a walk to the shops and a chat about the garden."),
                gazetteer.find(town).orElseThrow(), adverts.today(), taxonomy.current());
    }

    private JobAdvert publishedAdvert(Account poster, AdvertDetails details) {
        JobAdvert advert = adverts.write(poster, details);
        adverts.submit(poster, advert.id());
        return moderation.publish(council(), advert.id());
    }

    private Account account(Role role) {
        return accounts.register(EmailAddress.of(token() + "@example.test"), NewPassword.of(PASSWORD, PASSWORD), role);
    }

    private Account council() {
        return accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
    }

    private Account paWithWeek(String town, String... slots) {
        Account pa = account(Role.PA);
        profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Sam " + token(), town, "14.00",
                "I help people at home.", Set.of("SENSORY_IMPAIRMENT")).withAvailability(List.of(slots)),
                gazetteer::find, taxonomy.current()));
        return pa;
    }

    private Account paWithProfile(String town, boolean published, String... skills) {
        Account pa = account(Role.PA);
        ProfileDetails profile = ProfileDetails.of(ProfileAnswers.essentials("Sam " + token(), town, "14.00",
                "I help people at home and out and about.", Set.of(skills)), gazetteer::find, taxonomy.current());
        if (published) {
            profiles.publish(pa, profile);
        } else {
            profiles.save(pa, profile);
        }
        return pa;
    }

    private AdvertStatus status(JobAdvert advert) {
        Account poster = accounts.byId(advert.posterAccountId()).orElseThrow();
        return adverts.postedBy(poster, advert.id()).orElseThrow().status(Instant.now());
    }

    private List<String> auditedActions(long advertId) {
        return rows("SELECT action FROM audit_event WHERE subject_type = 'job_advert' AND subject_id = ? ORDER BY id",
                advertId).stream().map(row -> String.valueOf(row.get(0))).toList();
    }

    private long toldAbout(Account account, String link) {
        return ((Number) rows("SELECT COUNT(*) FROM notification WHERE account_id = ? AND link = ?", account.id(), link)
                .get(0).get(0)).longValue();
    }

    private List<List<Object>> rows(String sql, Object... parameters) {
        return CommittedRows.of(dataSource, sql, parameters);
    }

    private void publishedAgo(long advertId, Duration ago) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE job_advert SET published_at = ? WHERE id = ?")) {
            update.setObject(1, LocalDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC));
            update.setLong(2, advertId);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** The API's total for these words once it is {@code expected}, or when the 5 s are up. */
    private long totalOnceSettled(String words, long expected) throws InterruptedException {
        return total(new HttpProbe(base).getUntil("/api/v1/adverts?q=" + words, r -> total(r) == expected, WITHIN));
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static String token() {
        return "zk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Signs in through the real sign-in form and returns the session cookie. */
    private static String signIn(HttpProbe http, Account account) {
        HttpResponse<String> form = http.get("/sign-in.xhtml");
        String cookie = cookies(form, null);
        String body = "signIn=signIn&email=" + HttpProbe.encode(account.email().value()) + "&password=" + PASSWORD
                + "&" + HttpProbe.encode(find(form.body(), "name=\"([^\"]+)\" value=\"Sign in\"")) + "=Sign+in"
                + "&jakarta.faces.ViewState="
                + HttpProbe.encode(find(form.body(), "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\""));
        HttpResponse<String> signedIn = http.postForm("/sign-in.xhtml", body, cookie);
        assertEquals(302, signedIn.statusCode(), "sign-in redirects when it works");
        return cookies(signedIn, cookie);
    }

    private static HttpResponse<String> get(HttpProbe http, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The session cookie a response sets, or the one the client already had. */
    private static String cookies(HttpResponse<String> response, String previous) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";")[0])
                .filter(c -> c.startsWith("JSESSIONID="))
                .reduce((first, last) -> last)
                .orElse(previous);
    }

    private static String find(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertTrue(matcher.find(), "page must contain " + pattern);
        return matcher.group(1);
    }

    private static void assertProblem(HttpResponse<String> response, String field, String wording) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject error = json(response).getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"));
        assertTrue(error.getString("message").contains(wording), error.getString("message"));
    }

    private static JsonObject itemWithId(JsonObject page, long id) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }

    private static List<Long> ids(HttpResponse<String> response) {
        return ids(json(response));
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    private static long total(HttpResponse<String> response) {
        return response.statusCode() == 200 ? json(response).getJsonNumber("total").longValue() : -1;
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
