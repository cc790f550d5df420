package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.market.control.MarketFigures;
import care.circles.market.control.MarketSnapshots;
import care.circles.market.entity.LocalityFigures;
import care.circles.market.entity.MarketMeasure;
import care.circles.market.entity.MarketPicture;
import care.circles.market.entity.MonthFigure;
import care.circles.pa.control.CouncilRates;
import care.circles.platform.Platform;
import care.circles.search.entity.NothingFoundNearby;
import care.circles.vetting.entity.VettingChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The council's market view on the real stack: a town of its own (far out in Lyme Bay, so no
 * demo record falls in its locality) with a village, known records in both, and the figures,
 * the anonymous count of fruitless searches, the snapshot, the page and the CSV checked exactly.
 */
@ExtendWith(ArquillianExtension.class)
class MarketViewIT {

    private static final String COUNCIL = "council@demo.circles.test";

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(FormSession.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    MarketFigures figures;

    @Inject
    MarketSnapshots snapshots;

    @Inject
    CouncilRates rates;

    @Inject
    Accounts accounts;

    @Inject
    Event<NothingFoundNearby> nothingFound;

    @Inject
    Clock clock;

    @Inject
    Event<VettingChanged> vettingChanged;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource database;

    /** The test town, its village and the ids of both; made once per deployment. */
    private static long town;
    private static long village;
    private static final List<Long> madePas = new java.util.ArrayList<>();
    private static String townName;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    private synchronized void knownLocality() throws SQLException {
        if (town != 0) {
            return;
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        townName = "Markettown " + tag;
        try (Connection db = database.getConnection()) {
            town = insert(db, "INSERT INTO place (name, latitude, longitude) VALUES (?, 50.40, -3.60)", townName);
            village = insert(db, "INSERT INTO place (name, latitude, longitude) VALUES (?, 50.42, -3.55)", "Marketvillage " + tag);
            insert(db, "INSERT INTO postcode_district (code, place_id) VALUES ('ZZ9', ?)", town);

            // Verified PAs: three in the town, one in the village; each free at different times.
            verifiedPa(db, town, 1200, "MONDAY_MORNING");
            verifiedPa(db, town, 1300, "SATURDAY_EVENING", "TUESDAY_EVENING");
            verifiedPa(db, town, 1500, "SUNDAY_NIGHT");
            verifiedPa(db, village, 1400, "WEDNESDAY_AFTERNOON");
            // Not counted: published without checks.
            long unvetted = paAccount();
            profile(db, unvetted, village, 1000, "PUBLISHED");

            // A direct payment and an ISF from the demo data move to the village.
            update(db, "UPDATE direct_payment_holder SET place_id = ? WHERE direct_payment_account_id ="
                    + " (SELECT MIN(direct_payment_account_id) FROM (SELECT * FROM direct_payment_holder) h)", village);
            update(db, "UPDATE isf SET place_id = ? WHERE id = (SELECT MIN(id) FROM (SELECT * FROM isf WHERE status = 'ACTIVE') i)",
                    town);

            // An accredited demo organisation says it serves the town.
            long accredited = single(db, "SELECT provider_id FROM accreditation WHERE status = 'ACCREDITED'"
                    + " AND valid_from <= CURRENT_DATE AND expires_on >= CURRENT_DATE ORDER BY provider_id LIMIT 1");
            insert(db, "INSERT INTO provider_area (provider_id, area_name, place_id) VALUES (?, ?, ?)", accredited, townName, town);

            // Day places: a listing of 12 in the village counts; a withdrawn one of 30 does not.
            dayOpportunity(db, accredited, village, 12, null);
            dayOpportunity(db, accredited, town, 30, Instant.now().minus(1, ChronoUnit.DAYS));

            // Adverts: only the one published 35 days ago is open and unfilled for over 28 days.
            long poster = single(db, "SELECT id FROM account WHERE email = 'dp@demo.circles.test'");
            advert(db, poster, town, "PUBLISHED", 35);
            advert(db, poster, town, "PUBLISHED", 10);
            advert(db, poster, village, "PUBLISHED", 70);
            advert(db, poster, village, "FILLED", 40);
        }
        nothingFound.fire(new NothingFoundNearby(NothingFoundNearby.Kind.PA, town));
        nothingFound.fire(new NothingFoundNearby(NothingFoundNearby.Kind.PA, town));
        nothingFound.fire(new NothingFoundNearby(NothingFoundNearby.Kind.DAY_OPPORTUNITY, village));
        sendToSearch(madePas);
    }

    /**
     * The profiles were written straight to the database: the application sends them to search as
     * it does after a vetting decision, so the search index agrees with the database for the tests
     * that follow in the same run (SearchResilienceIT compares the two).
     */
    private void sendToSearch(List<Long> paAccounts) {
        try {
            transaction.begin();
            paAccounts.forEach(account -> vettingChanged.fire(new VettingChanged(account)));
            transaction.commit();
        } catch (Exception e) {
            throw new IllegalStateException("could not send the test PAs to search", e);
        }
    }

    private LocalityFigures ourLocality() throws SQLException {
        knownLocality();
        return figures.asOf(today(), clock.instant()).localities().stream().filter(l -> l.key() == town).findFirst()
                .orElseThrow();
    }

    @Test
    void countsEveryMeasureOfTheTownAndItsVillage() throws SQLException {
        LocalityFigures locality = ourLocality();
        assertEquals(2, locality.places(), "the town and its village");
        assertEquals(1L, locality.value(MarketMeasure.DP_HOLDERS));
        assertEquals(1L, locality.value(MarketMeasure.ISFS));
        assertEquals(4L, locality.value(MarketMeasure.VERIFIED_PAS), "the unvetted PA is left out");
        assertEquals(2L, locality.value(MarketMeasure.PAS_WEEKDAY_DAYTIME));
        assertEquals(1L, locality.value(MarketMeasure.PAS_WEEKDAY_EVENINGS));
        assertEquals(1L, locality.value(MarketMeasure.PAS_WEEKENDS));
        assertEquals(1L, locality.value(MarketMeasure.PAS_NIGHTS));
        assertEquals(1L, locality.value(MarketMeasure.ACCREDITED_PROVIDERS));
        assertEquals(12L, locality.value(MarketMeasure.DAY_PLACES));
        assertEquals(1L, locality.value(MarketMeasure.STALE_ADVERTS));
        assertEquals(3L, locality.value(MarketMeasure.SEARCHES_NOTHING_NEARBY));
    }

    @Test
    void medianRateOfVerifiedPasIsComparedWithTheBaseRate() throws SQLException {
        LocalityFigures locality = ourLocality();
        // 1200, 1300, 1400, 1500: the mean of the middle two; the unvetted PA's 1000 is not counted.
        assertEquals(1350L, locality.value(MarketMeasure.MEDIAN_PA_RATE));
        assertEquals(1350L - rates.baseHourlyRate().pence(), locality.value(MarketMeasure.RATE_ABOVE_BASE));
    }

    @Test
    void theNightlySnapshotKeepsThisMonthsFiguresAndTheTrendEndsWithThem() throws SQLException {
        LocalityFigures locality = ourLocality();
        MarketPicture picture = figures.asOf(today(), clock.instant());
        snapshots.keep(picture, today(), clock.instant());
        snapshots.keep(picture, today(), clock.instant());
        try (Connection db = database.getConnection()) {
            assertEquals(4, single(db, "SELECT value FROM market_snapshot WHERE locality_place_id = ? AND measure = 'VERIFIED_PAS'"
                    + " AND month_start = ?", town, today().withDayOfMonth(1)));
            assertEquals(MarketMeasure.values().length, single(db, "SELECT COUNT(*) FROM market_snapshot WHERE locality_place_id = ?",
                    town), "one row a measure, written over by a second run in the month");
        }
        List<MonthFigure> trend = snapshots.trend(MarketMeasure.VERIFIED_PAS, locality, today(), 12);
        assertEquals(12, trend.size());
        assertEquals(4L, trend.get(11).value());
        assertEquals(null, trend.get(0).value(), "the new town has no history");
    }

    @Test
    void nonCouncilUsersAreRefusedTheFigures() {
        Account pa = accounts.register(EmailAddress.of("market-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of(ProviderFixtures.PASSWORD, ProviderFixtures.PASSWORD), Role.PA);
        assertThrows(SecurityException.class, () -> figures.forCouncilUser(pa, today(), clock.instant()));
    }

    @Test
    @RunAsClient
    void aSearchPageThatFindsNothingNearAPlaceCountsItOnceWithNothingAboutTheSearcher() throws Exception {
        FormSession anyone = FormSession.anonymous(base);
        awaitSearchReady(anyone);
        long before = misses("Abbotsbury", "PA");
        HttpResponse<String> nothing = anyone.get("/search.xhtml?q=xylophonequartz&near=Abbotsbury&radiusKm=5");
        assertEquals(200, nothing.statusCode());
        assertTrue(nothing.body().contains("No personal assistants match your search"),
                "the search found nothing: " + FormSession.find(nothing.body(), "(?s)(results-count[^<]*<|notice-warning.{0,200})"));
        assertEquals(before + 1, misses("Abbotsbury", "PA"), "once, though the page also tries wider distances");
        anyone.get("/search.xhtml?near=Abbotsbury&radiusKm=50");
        assertEquals(before + 1, misses("Abbotsbury", "PA"), "a search that found PAs is not counted");

        // Day-opportunity search may still answer "not available" just after start-up: ask again until it answers.
        for (int tries = 0; ; tries++) {
            long dayBefore = misses("Abbotsbury", "DAY_OPPORTUNITY");
            String day = anyone.get("/day-opportunities/index.xhtml?q=xylophonequartz&near=Abbotsbury&radiusKm=5").body();
            if (day.contains("Search is not available just now") && tries < 90) {
                assertEquals(dayBefore, misses("Abbotsbury", "DAY_OPPORTUNITY"), "a search that did not answer is not counted");
                Thread.sleep(1000);
                continue;
            }
            assertTrue(day.contains("No day opportunities match your search"),
                    "the day-opportunity search answered: " + day.replaceAll("(?s).*?(results-column.{0,600}).*", "$1"));
            assertEquals(dayBefore + 1, misses("Abbotsbury", "DAY_OPPORTUNITY"), "the day-opportunity search counts too");
            break;
        }

        long findBefore = misses("Cranborne", "PA");
        anyone.get("/find.xhtml?q=xylophonequartz&near=Cranborne&radiusKm=5");
        assertEquals(findBefore + 1, misses("Cranborne", "PA"), "the one search box counts too");
    }

    @Test
    @RunAsClient
    void councilStaffSeeTheMapTableAndCsvOthersAreRefused() throws Exception {
        FormSession council = FormSession.signedIn(base, COUNCIL, FormSession.DEMO_PASSWORD);
        HttpResponse<String> page = council.get("/council/market.xhtml?measure=DAY_PLACES&sort=DAY_PLACES&dir=desc");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<svg"), "the map is drawn on the server");
        assertTrue(html.contains("aria-sort=\"descending\""), "the sorted column says so");
        assertTrue(html.contains("id=\"locality-0\""), "the county row");
        assertTrue(html.contains("Day-opportunity places by locality"));

        HttpResponse<String> csv = council.get("/council/market.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("Locality,Places in it,Direct payment holders,"));
        assertTrue(csv.body().contains("\r\nWhole county,"));

        FormSession dpHolder = FormSession.signedIn(base, "dp@demo.circles.test", FormSession.DEMO_PASSWORD);
        assertEquals(403, dpHolder.get("/council/market.xhtml").statusCode());
        assertEquals(403, dpHolder.get("/council/market.csv").statusCode());
    }

    @Test
    void theCsvRowOfTheLocalityHoldsItsFiguresWithPoundsAsPlainNumbers() throws SQLException {
        knownLocality();
        String row = figures.asOf(today(), clock.instant()).csv().lines().filter(line -> line.startsWith(townName))
                .findFirst().orElseThrow();
        String aboveBase = care.circles.payments.Money.ofPence(1350 - rates.baseHourlyRate().pence()).toPlainPounds();
        assertEquals(townName + ",2,1,1,4,2,1,1,1,1,12,1,3,13.50," + aboveBase, row);
    }

    /**
     * Right after start-up the indexes are still being made: PA search finds nobody yet, and day
     * opportunities may answer "not available". Waits until the PA register finds people near
     * Dorchester and the day-opportunity search answers.
     */
    private static void awaitSearchReady(FormSession anyone) throws InterruptedException {
        awaitPage(anyone, "/search.xhtml?near=Dorchester&radiusKm=50", true);
    }

    private static void awaitPage(FormSession anyone, String search, boolean withResults) throws InterruptedException {
        for (int tries = 0; tries < 90; tries++) {
            String page = anyone.get(search).body();
            boolean answered = page.contains("class=\"results-count\"") && !page.contains("Search is not available just now");
            if (answered && (!withResults || !page.contains("class=\"empty-state\""))) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(search + " did not answer as expected for 90 seconds");
    }

    private long misses(String place, String kind) throws SQLException {
        try (Connection db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url", ""), "circles", "circles")) {
            return single(db, "SELECT COALESCE(SUM(m.searches), 0) FROM market_search_miss m JOIN place p ON p.id = m.place_id"
                    + " WHERE p.name = ? AND m.search_kind = ?", place, kind);
        }
    }

    // ---- small builders -------------------------------------------------------------------

    private long paAccount() {
        long account = accounts.register(EmailAddress.of("market-pa-" + UUID.randomUUID() + "@example.test"),
                NewPassword.of(ProviderFixtures.PASSWORD, ProviderFixtures.PASSWORD), Role.PA).id();
        madePas.add(account);
        return account;
    }

    private void verifiedPa(Connection db, long place, int ratePence, String... slots) throws SQLException {
        long account = paAccount();
        long profile = profile(db, account, place, ratePence, "PUBLISHED");
        for (String slot : slots) {
            insert(db, "INSERT INTO pa_availability (pa_profile_id, slot) VALUES (?, ?)", profile, slot);
        }
        Timestamp decided = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(3));
        for (String type : new String[] {"IDENTITY", "ENHANCED_DBS"}) {
            String name = String.format("%064x", UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE);
            long file = insert(db, "INSERT INTO stored_file (storage_name, owner_account_id, original_name, content_type,"
                    + " size_bytes, sha256, uploaded_at) VALUES (?, ?, 'check.pdf', 'application/pdf', 1, ?, ?)",
                    name, account, name, decided);
            insert(db, "INSERT INTO vetting_check (pa_account_id, check_type, slot_number, status, evidence_file_id,"
                    + " issued_on, submitted_at, decided_at, decided_by) VALUES (?, ?, 1, 'VERIFIED', ?, ?, ?, ?,"
                    + " (SELECT id FROM account WHERE email = 'council@demo.circles.test'))",
                    account, type, file, LocalDate.now().minusMonths(1), decided, decided);
        }
    }

    private long profile(Connection db, long account, long place, int ratePence, String status) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        return insert(db, "INSERT INTO pa_profile (account_id, display_name, place_id, hourly_rate_pence, about_me, status,"
                + " published_at, updated_at) VALUES (?, 'Market Test PA', ?, ?, 'Helps at home.', ?, ?, ?)",
                account, place, ratePence, status, now, now);
    }

    private void dayOpportunity(Connection db, long provider, long place, int capacity, Instant withdrawn) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        insert(db, "INSERT INTO day_opportunity (provider_id, kind, name, place_id, description, capacity, price_pence,"
                + " created_at, withdrawn_at) VALUES (?, 'SPOKE', 'Market test club', ?, 'A club.', ?, 0, ?, ?)",
                provider, place, capacity, now, withdrawn == null ? null : Timestamp.from(withdrawn));
    }

    private void advert(Connection db, long poster, long place, String status, int publishedDaysAgo) throws SQLException {
        Timestamp published = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(publishedDaysAgo));
        insert(db, "INSERT INTO job_advert (poster_account_id, title, place_id, hours_per_week, start_date, hourly_rate_pence,"
                + " description, status, created_at, updated_at, submitted_at, published_at)"
                + " VALUES (?, 'PA wanted', ?, 10, ?, 1300, 'Help at home.', ?, ?, ?, ?, ?)",
                poster, place, LocalDate.now(), status, published, published, published, published);
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, values);
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }

    private static long single(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, values);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
