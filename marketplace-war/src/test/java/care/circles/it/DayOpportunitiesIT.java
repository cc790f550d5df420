package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.ListingDetails;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.ListingRefused;
import care.circles.dayopportunity.entity.SessionSeries;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.GeoPoint;
import care.circles.platform.InvalidInputException;
import care.circles.provider.entity.Organisation;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

/**
 * Hubs, spokes and their sessions on the real MariaDB, Elasticsearch and Payara: listing and the
 * hub-and-spoke network, schedules with bank holidays and the provider's own exceptions, search
 * with facets and distance (API and the one search box), and who may change what.
 */
@ExtendWith(ArquillianExtension.class)
class DayOpportunitiesIT {

    private static final Duration WITHIN = Duration.ofSeconds(10);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(DayOpportunityFixtures.class, FormSession.class,
                ProviderFixtures.class);
    }

    @Inject
    ProviderFixtures providers;

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    Listings listings;

    @Inject
    Sessions sessions;

    @Inject
    Gazetteer gazetteer;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private DayOpportunityFixtures given() {
        return new DayOpportunityFixtures(accounts, listings, gazetteer, em, transaction);
    }

    @Test
    void aProviderListsAHubAndASpokeInItsNetworkWhichTheHubsPageAndSearchShow() throws Exception {
        DayOpportunityFixtures given = given();
        String token = DayOpportunityFixtures.token();
        Account provider = given.provider("Sherborne");
        DayOpportunity hub = given.list(provider, ListingKind.HUB, DayOpportunityFixtures.hub("Sherborne Hub " + token,
                "Sherborne", "60"));
        ListingDetails.Typed spoke = DayOpportunityFixtures.spoke("Sherborne Pottery " + token, "Sherborne",
                "Throwing pots " + token, "ARTS_AND_CRAFTS", "12.50", List.of("DIRECT_PAYMENT"), List.of());
        DayOpportunity pottery = given.list(provider, ListingKind.SPOKE, new ListingDetails.Typed(spoke.name(),
                spoke.town(), spoke.address(), spoke.description(), spoke.category(), spoke.whoItSuits(), spoke.minAge(),
                spoke.maxAge(), spoke.price(), spoke.funding(), spoke.facilities(), spoke.needs(), "", "",
                String.valueOf(hub.id()), "8", "24"));

        assertEquals(hub.id(), pottery.hubId());
        assertEquals(List.of(pottery.id()), listings.spokesOf(hub.id()).stream().map(DayOpportunity::id).toList());
        JsonObject found = awaitSearch("q=" + token, 2);
        JsonObject potteryHit = hit(found, pottery.id());
        assertEquals("SPOKE", potteryHit.getString("kind"));
        assertEquals("Sherborne Hub " + token, potteryHit.getString("hubName"));
        assertEquals(1250, potteryHit.getInt("pricePence"));

        FormSession anyone = FormSession.anonymous(base);
        HttpResponse<String> hubPage = anyone.get("/day-opportunities/listing.xhtml?id=" + hub.id());
        assertEquals(200, hubPage.statusCode());
        assertTrue(hubPage.body().contains("Activities in this hub&#39;s network") || hubPage.body().contains("hub's network"));
        assertTrue(hubPage.body().contains("Sherborne Pottery " + token));

        listings.withdraw(provider, pottery.id());
        assertTrue(listings.listed(pottery.id()).isEmpty(), "a withdrawn listing is not shown");
        awaitSearch("q=" + token, 1);
        assertEquals(404, anyone.get("/day-opportunities/listing.xhtml?id=" + pottery.id()).statusCode());
    }

    @Test
    void aWeeklyScheduleSkipsBankHolidaysAndTheProvidersDatesAndMeetsAtTheSameLocalTime() {
        DayOpportunityFixtures given = given();
        Account provider = given.provider("Wareham");
        DayOpportunity club = given.list(provider, ListingKind.SPOKE, DayOpportunityFixtures.spoke("Wareham Bowls "
                + DayOpportunityFixtures.token(), "Wareham", "Bowls", "SPORT_AND_EXERCISE", "3", List.of("SELF_FUNDED"),
                List.of()));
        LocalDate first = sessions.today().plusDays(7);
        LocalDate providersDayOff = first.plusWeeks(1);
        LocalDate holiday = first.plusWeeks(2);
        given.inTransaction(() -> em.createNativeQuery("INSERT INTO bank_holiday (holiday_date, name)"
                        + " SELECT ?, 'A holiday for the tests' FROM DUAL"
                        + " WHERE NOT EXISTS (SELECT 1 FROM bank_holiday WHERE holiday_date = ?)")
                .setParameter(1, holiday).setParameter(2, holiday).executeUpdate());
        try {
            SessionSeries weekly = given.schedule(provider, club, "ACTIVITY", "WEEKLY", first, 12, 24,
                    providersDayOff.getDayOfMonth() + "/" + providersDayOff.getMonthValue() + "/" + providersDayOff.getYear());

            List<DaySession> made = given.sessionsOf(weekly);
            List<LocalDate> dates = made.stream().map(DaySession::sessionDate).toList();
            assertEquals(first, dates.get(0));
            assertEquals(first.plusWeeks(3), dates.get(1), "the provider's day off and the bank holiday are skipped");
            assertTrue(dates.stream().allMatch(d -> d.getDayOfWeek() == first.getDayOfWeek()));
            assertFalse(dates.get(dates.size() - 1).isAfter(sessions.horizon()), "made up to the horizon only");
            assertTrue(dates.size() >= 8, "sessions for the weeks ahead: " + dates);
            for (DaySession session : made) {
                assertEquals(LocalTime.of(10, 0), session.startsAt().atZone(UK).toLocalTime(),
                        "10:00 in Dorset whether in summer time or not, on " + session.sessionDate());
                assertEquals(session.startsAt().minus(Duration.ofHours(24)), session.bookingClosesAt());
                assertEquals(12, session.capacity());
            }
        } finally {
            given.inTransaction(() -> em.createNativeQuery("DELETE FROM bank_holiday WHERE holiday_date = ?"
                    + " AND name = 'A holiday for the tests'").setParameter(1, holiday).executeUpdate());
        }
    }

    @Test
    void searchCountsEachFacetAndFiltersByThemAndSortsTheNearestFirst() throws Exception {
        DayOpportunityFixtures given = given();
        String token = DayOpportunityFixtures.token();
        Account provider = given.provider("Dorchester");
        DayOpportunity dorchester = given.list(provider, ListingKind.SPOKE, DayOpportunityFixtures.spoke(
                "Dorchester Singing " + token, "Dorchester", "Singing together " + token, "MUSIC_DRAMA_AND_DANCE", "0",
                List.of(), List.of("STEP_FREE_ACCESS", "HEARING_LOOP")));
        DayOpportunity weymouth = given.list(provider, ListingKind.SPOKE, DayOpportunityFixtures.spoke(
                "Weymouth Swimming " + token, "Weymouth", "Swimming with help " + token, "SPORT_AND_EXERCISE", "4.50",
                List.of("DIRECT_PAYMENT"), List.of("STEP_FREE_ACCESS", "HOIST")));
        DayOpportunity bridport = given.list(provider, ListingKind.SPOKE, DayOpportunityFixtures.spoke(
                "Bridport Pottery " + token, "Bridport", "Pottery " + token, "ARTS_AND_CRAFTS", "15",
                List.of("DIRECT_PAYMENT", "ISF"), List.of()));
        LocalDate monday = sessions.today().plusDays(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        given.schedule(provider, dorchester, "ACTIVITY", "WEEKLY", monday, 10, 0, "");
        given.schedule(provider, weymouth, "ACTIVITY", "WEEKLY", monday, 10, 0, "");
        given.schedule(provider, bridport, "ACTIVITY", "WEEKLY", monday.plusDays(2), 10, 0, "");
        Organisation lunchClub = providers.organisation(providers.newAccount(Role.PROVIDER), "Lunch Club " + token);

        JsonObject all = awaitSearch("q=" + token + "&near=Dorchester&radiusKm=100&sort=distance",
                page -> page.getInt("total") == 3 && counts(page, "day").equals(Map.of("MONDAY", 2, "WEDNESDAY", 1)));
        assertEquals(List.of(dorchester.id(), weymouth.id(), bridport.id()), ids(all), "nearest first");
        assertEquals(Map.of("MUSIC_DRAMA_AND_DANCE", 1, "SPORT_AND_EXERCISE", 1, "ARTS_AND_CRAFTS", 1), counts(all, "category"));
        assertEquals(Map.of("MONDAY", 2, "WEDNESDAY", 1), counts(all, "day"));
        assertEquals(Map.of("UP_TO_5", 1, "FROM_5_TO_10", 0, "OVER_10", 1), counts(all, "price"));
        assertEquals(Map.of("true", 1), counts(all, "free"));
        assertEquals(Map.of("STEP_FREE_ACCESS", 2, "HEARING_LOOP", 1, "HOIST", 1), counts(all, "facilities"));
        GeoPoint from = gazetteer.find("Dorchester").orElseThrow().point();
        Map<String, Integer> expectedWithin = new java.util.HashMap<>();
        for (int km : List.of(5, 10, 25, 50)) {
            expectedWithin.put(String.valueOf(km), (int) List.of("Dorchester", "Weymouth", "Bridport").stream()
                    .filter(town -> from.kilometresTo(gazetteer.find(town).orElseThrow().point()) <= km).count());
        }
        assertEquals(expectedWithin, counts(all, "distance"));
        assertTrue(hit(all, weymouth.id()).getJsonNumber("distanceKm").doubleValue() > 5, "distance in km is given");

        assertEquals(List.of(dorchester.id(), weymouth.id()),
                ids(search("q=" + token + "&near=Dorchester&radiusKm=" + (int) Math.ceil(from.kilometresTo(
                        gazetteer.find("Weymouth").orElseThrow().point())) + "&sort=distance")), "within the distance only");
        assertEquals(List.of(dorchester.id()), ids(search("q=" + token + "&free=true")));
        assertEquals(List.of(weymouth.id()), ids(search("q=" + token + "&facilities=STEP_FREE_ACCESS,HOIST")));
        assertEquals(List.of(bridport.id()), ids(search("q=" + token + "&day=WEDNESDAY")));
        assertEquals(List.of(weymouth.id(), bridport.id()), ids(search("q=" + token + "&price=UP_TO_5,OVER_10&sort=price")));
        assertEquals(List.of(weymouth.id()), ids(search("q=" + token + "&category=SPORT_AND_EXERCISE")));

        FormSession anyone = FormSession.anonymous(base);
        String find = anyone.get("/find.xhtml?q=" + token + "&type=day-opportunities").body();
        assertTrue(find.contains("Day opportunities (3)"), "the one search box counts each kind");
        assertTrue(find.contains("Personal assistants (0)"));
        assertTrue(find.contains("Weymouth Swimming " + token));
        String organisations = new HttpProbe(base).getUntil("/find.xhtml?q=" + token + "&type=organisations",
                r -> r.body().contains("Care organisations (1)"), WITHIN).body();
        assertTrue(organisations.contains("Care organisations (1)"), "organisations are counted as their own kind");
        assertTrue(organisations.contains("Day opportunities (3)") && organisations.contains("Personal assistants (0)"));
        assertTrue(organisations.contains("/organisations/organisation.xhtml?id=" + lunchClub.id() + "\">Lunch Club " + token),
                "the organisation is listed, linking to its page");
        assertTrue(organisations.indexOf("Personal assistants (") < organisations.indexOf("Care organisations (")
                && organisations.indexOf("Care organisations (") < organisations.indexOf("Day opportunities ("),
                "tabs in order: personal assistants, organisations, day opportunities");
        assertFalse(organisations.contains("Weymouth Swimming " + token), "the organisations tab shows organisations only");
        String filtered = anyone.get("/day-opportunities/index.xhtml?q=" + token + "&facilities=HOIST").body();
        assertTrue(filtered.contains("Weymouth Swimming " + token) && !filtered.contains("Bridport Pottery " + token));
    }

    @Test
    @RunAsClient
    void searchParametersThatCannotBeReadAreRefusedNamingTheField() {
        HttpProbe http = new HttpProbe(base);
        HttpResponse<String> unknownPlace = http.get("/api/v1/day-opportunities?near=Atlantis");
        HttpResponse<String> badFilter = http.get("/api/v1/day-opportunities?category=KNITTING&sort=cheapest");
        HttpResponse<String> nearestNowhere = http.get("/api/v1/day-opportunities?sort=distance");

        assertEquals(400, unknownPlace.statusCode());
        assertEquals("application/problem+json", unknownPlace.headers().firstValue("Content-Type").orElse(""));
        assertEquals(Set.of("near"), fields(unknownPlace));
        assertEquals(Set.of("category", "sort"), fields(badFilter));
        assertEquals(Set.of("sort"), fields(nearestNowhere));
    }

    @Test
    void onlyTheProviderThatOwnsAListingChangesItAndOnlyProvidersList() {
        DayOpportunityFixtures given = given();
        Account owner = given.provider("Gillingham");
        Account otherProvider = given.provider("Gillingham");
        Account person = given.person(Role.DP_HOLDER);
        ListingDetails.Typed typed = DayOpportunityFixtures.spoke("Gillingham Chess " + DayOpportunityFixtures.token(),
                "Gillingham", "Chess", "CLUBS_AND_SOCIAL", "2", List.of("SELF_FUNDED"), List.of());
        ListingDetails details = ListingDetails.of(ListingKind.SPOKE, typed, gazetteer.find("Gillingham").orElseThrow());
        DayOpportunity chess = listings.create(owner, ListingKind.SPOKE, details);

        assertThrows(SecurityException.class, () -> listings.create(person, ListingKind.SPOKE, details));
        assertThrows(SecurityException.class, () -> listings.change(otherProvider, chess.id(), details));
        assertThrows(SecurityException.class, () -> listings.withdraw(otherProvider, chess.id()));
        assertThrows(SecurityException.class, () -> given.schedule(otherProvider, chess, "ACTIVITY", "ONCE",
                sessions.today().plusDays(3), 5, 0, ""));
        assertTrue(listings.own(otherProvider, chess.id()).isEmpty());
        assertTrue(listings.listed(chess.id()).isPresent());
        InvalidInputException carersBreakAtASpoke = assertThrows(InvalidInputException.class,
                () -> given.schedule(owner, chess, "CARERS_BREAK", "ONCE", sessions.today().plusDays(3), 5, 0, ""));
        assertEquals("kind", carersBreakAtASpoke.problems().get(0).field());
    }

    @Test
    void onlyAnOrganisationWithAnAccreditationInForceListsDayOpportunities() {
        DayOpportunityFixtures given = given();
        Account unaccredited = given.unaccreditedProvider("Sherborne");
        ListingDetails.Typed typed = DayOpportunityFixtures.spoke("Sherborne Bowls " + DayOpportunityFixtures.token(),
                "Sherborne", "Bowls on the green", "SPORT_AND_EXERCISE", "3", List.of("SELF_FUNDED"), List.of());
        ListingDetails details = ListingDetails.of(ListingKind.SPOKE, typed, gazetteer.find("Sherborne").orElseThrow());

        ListingRefused refused = assertThrows(ListingRefused.class, () -> listings.create(unaccredited, ListingKind.SPOKE, details));
        assertTrue(refused.getMessage().contains("accredited"), refused.getMessage());
        assertTrue(listings.listed(listings.create(given.provider("Sherborne"), ListingKind.SPOKE, details).id()).isPresent(),
                "an accredited organisation lists the same activity");
    }

    @Test
    @RunAsClient
    void providerPagesAreForProvidersAndBookingPagesForPeopleWithADirectPayment() {
        FormSession dp = FormSession.signedIn(base, "dp@demo.circles.test", FormSession.DEMO_PASSWORD);
        FormSession provider = FormSession.signedIn(base, "provider@demo.circles.test", FormSession.DEMO_PASSWORD);
        FormSession anyone = FormSession.anonymous(base);

        assertEquals(403, dp.get("/provider/listings.xhtml").statusCode());
        assertEquals(403, provider.get("/bookings/index.xhtml").statusCode());
        assertEquals(200, provider.get("/provider/listings.xhtml").statusCode());
        assertEquals(200, dp.get("/bookings/index.xhtml").statusCode());
        HttpResponse<String> signInFirst = anyone.get("/bookings/index.xhtml");
        assertTrue(signInFirst.statusCode() == 302 || signInFirst.body().contains("Sign in"), "anyone else signs in first");
        assertTrue(provider.get("/provider/listings.xhtml").body().contains("Stour Valley Day Services")
                || provider.get("/provider/listings.xhtml").body().contains("Blandford Forum"),
                "the demo provider sees its hub and spokes");
    }

    private JsonObject awaitSearch(String query, int total) throws InterruptedException {
        return awaitSearch(query, page -> page.getInt("total") == total);
    }

    /** Asks until the index has caught up with the changes just made (delivery takes a moment). */
    private JsonObject awaitSearch(String query, java.util.function.Predicate<JsonObject> caughtUp)
            throws InterruptedException {
        HttpResponse<String> response = new HttpProbe(base).getUntil("/api/v1/day-opportunities?" + query,
                r -> r.statusCode() == 200 && caughtUp.test(json(r)), WITHIN);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(caughtUp.test(json(response)), response.body());
        return json(response);
    }

    private JsonObject search(String query) {
        HttpResponse<String> response = new HttpProbe(base).get("/api/v1/day-opportunities?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject hit(JsonObject page, long id) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + page));
    }

    private static Map<String, Integer> counts(JsonObject page, String facet) {
        JsonArray values = page.getJsonObject("facets").getJsonArray(facet);
        return values.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(v -> v.getString("value"), v -> v.getInt("count")));
    }

    private static Set<String> fields(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return json(response).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }
}
