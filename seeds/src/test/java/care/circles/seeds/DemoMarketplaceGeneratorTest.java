package care.circles.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import care.circles.seeds.DemoAccount.Role;
import care.circles.seeds.DemoDayOpportunity.Kind;
import care.circles.seeds.DemoPersonalAssistant.Status;

class DemoMarketplaceGeneratorTest {

    /** The web app's fixed list, written out so that renaming an enum constant fails here. */
    private static final Set<String> WEB_APP_SKILL_CODES = Set.of(
            "PERSONAL_CARE", "MEDICATION_SUPPORT", "MEALS", "COMPANIONSHIP", "OUT_AND_ABOUT", "DEMENTIA",
            "LEARNING_DISABILITY", "AUTISM", "MENTAL_HEALTH", "PHYSICAL_DISABILITY", "SENSORY_IMPAIRMENT",
            "MOVING_AND_HANDLING", "DRIVING", "HOUSEHOLD_TASKS");

    private final Gazetteer dorset = Gazetteer.dorset();
    private final DemoMarketplace marketplace = generate(DemoMarketplaceGenerator.DEFAULT_PERSONAL_ASSISTANTS);

    private DemoMarketplace generate(int personalAssistants) {
        return new DemoMarketplaceGenerator(dorset, DemoMarketplaceGenerator.DEFAULT_SEED).generate(personalAssistants);
    }

    @Test
    void generatesTheSameDemoDataEveryRun() {
        assertEquals(marketplace, generate(DemoMarketplaceGenerator.DEFAULT_PERSONAL_ASSISTANTS));
    }

    @Test
    void generatesOtherPeopleFromAnotherSeed() {
        DemoMarketplace other = new DemoMarketplaceGenerator(dorset, 1L).generate(300);

        assertNotEquals(marketplace.personalAssistants(), other.personalAssistants());
    }

    @Test
    void keepsProvidersAndActivitiesWhateverTheNumberOfPas() {
        DemoMarketplace benchmark = generate(2_000);

        assertEquals(marketplace.providers(), benchmark.providers());
        assertEquals(marketplace.dayOpportunities(), benchmark.dayOpportunities());
    }

    @Test
    void givesEachDemoRoleItsDocumentedAccount() {
        List<String> emails = marketplace.accounts().stream().map(DemoAccount::email).toList();
        assertTrue(emails.containsAll(DemoAccounts.ALL));
        assertEquals(Role.COUNCIL, account(DemoAccounts.COUNCIL).role());
        assertEquals(Role.DP_HOLDER, account(DemoAccounts.DP_HOLDER).role());
        assertEquals(Set.copyOf(emails).size(), emails.size(), "emails are unique");
    }

    @Test
    void publishesAProfileForTheDemoPa() {
        DemoPersonalAssistant demoPa = marketplace.personalAssistants().stream()
                .filter(pa -> pa.accountEmail().equals(DemoAccounts.PERSONAL_ASSISTANT)).findFirst().orElseThrow();

        assertEquals(Status.PUBLISHED, demoPa.status());
        assertEquals(Role.PA, account(DemoAccounts.PERSONAL_ASSISTANT).role());
    }

    @Test
    void generatesTheRequestedNumberOfPasBesidesTheDemoPa() {
        assertEquals(301, marketplace.personalAssistants().size());
        assertEquals("pa0001@demo.circles.test", marketplace.personalAssistants().get(1).accountEmail());
    }

    @Test
    void publishesMostPasAndLeavesSomeInDraftOrUnpublished() {
        long published = marketplace.personalAssistants().stream().filter(pa -> pa.status() == Status.PUBLISHED).count();
        double share = (double) published / marketplace.personalAssistants().size();

        assertTrue(share > 0.85 && share < 0.95, "published share " + share);
        assertTrue(marketplace.personalAssistants().stream().anyMatch(pa -> pa.status() != Status.PUBLISHED));
    }

    @Test
    void putsAPaInEveryPlaceOfTheGazetteer() {
        Set<String> placesWithPas = marketplace.personalAssistants().stream()
                .map(DemoPersonalAssistant::placeName).collect(Collectors.toSet());

        assertEquals(dorset.places().size(), placesWithPas.size());
    }

    @Test
    void givesEveryPaTwoToSixSkillsFromTheWebAppsList() {
        for (DemoPersonalAssistant pa : marketplace.personalAssistants()) {
            assertTrue(pa.skills().size() >= 2 && pa.skills().size() <= 6, pa.displayName() + " " + pa.skills());
            pa.skills().forEach(skill -> assertTrue(WEB_APP_SKILL_CODES.contains(skill.name()), skill.name()));
        }
    }

    @Test
    void chargesMostlyBetweenElevenFiftyAndEighteenPoundsWithSomeBelowTwelveFifty() {
        List<Long> rates = marketplace.personalAssistants().stream().map(pa -> pa.hourlyRate().amount()).toList();

        assertTrue(rates.stream().allMatch(rate -> rate > 0));
        assertTrue(rates.stream().filter(rate -> rate >= 1150 && rate <= 1800).count() > rates.size() * 0.85);
        assertTrue(rates.stream().anyMatch(rate -> rate < 1250));
    }

    @Test
    void writesAboutMeInWordsPeopleSearchFor() {
        String everything = marketplace.personalAssistants().stream().map(DemoPersonalAssistant::aboutMe)
                .collect(Collectors.joining(" ")).toLowerCase();

        Stream.of("gardening", "swimming", "dementia", "cooking", "driv", "walking", "music")
                .forEach(word -> assertTrue(everything.contains(word), word));
        assertTrue(marketplace.personalAssistants().stream().allMatch(pa -> pa.aboutMe().length() <= 2000));
    }

    @Test
    void namesFortyProvidersOfEveryKindWithTheDemoAccountsOwningOneEach() {
        assertEquals(40, marketplace.providers().size());
        assertEquals(Set.of(DemoProvider.Kind.values()),
                marketplace.providers().stream().map(DemoProvider::kind).collect(Collectors.toSet()));
        assertEquals(40, marketplace.providers().stream().map(DemoProvider::name).distinct().count());
        assertEquals(DemoProvider.Kind.ISF_BROKER, provider(DemoAccounts.BROKER).kind());
        assertEquals(DemoProvider.Kind.DAY_OPPORTUNITIES, provider(DemoAccounts.PROVIDER).kind());
    }

    @Test
    void offersTenHubsAndSixtySpokesAcrossAtLeastTwentyPlaces() {
        List<DemoDayOpportunity> hubs = marketplace.dayOpportunities(Kind.HUB);
        List<DemoDayOpportunity> spokes = marketplace.dayOpportunities(Kind.SPOKE);
        Set<String> places = new HashSet<>();
        marketplace.dayOpportunities().forEach(opportunity -> places.add(opportunity.placeName()));

        assertEquals(10, hubs.size());
        assertEquals(60, spokes.size());
        assertTrue(places.size() >= 20, places.size() + " places");
        assertEquals(70, marketplace.dayOpportunities().stream().map(DemoDayOpportunity::name).distinct().count());
    }

    @Test
    void letsTheDemoProviderRunAHubAndSpokes() {
        String demoProvider = provider(DemoAccounts.PROVIDER).name();

        assertTrue(marketplace.dayOpportunities(Kind.HUB).stream().anyMatch(o -> o.providerName().equals(demoProvider)));
        assertTrue(marketplace.dayOpportunities(Kind.SPOKE).stream().anyMatch(o -> o.providerName().equals(demoProvider)));
    }

    @Test
    void runsActivitiesOnlyFromDayOpportunityAndMicroProviders() {
        Set<String> brokers = marketplace.providers().stream()
                .filter(provider -> provider.kind() == DemoProvider.Kind.ISF_BROKER)
                .map(DemoProvider::name).collect(Collectors.toSet());

        assertTrue(marketplace.dayOpportunities().stream().noneMatch(o -> brokers.contains(o.providerName())));
    }

    @Test
    void placesEverythingInTheGazetteerBeforeTheBaseInstant() {
        Set<String> gazetteerNames = dorset.places().stream().map(Place::name).collect(Collectors.toSet());
        Stream.concat(Stream.concat(
                marketplace.personalAssistants().stream().map(DemoPersonalAssistant::placeName),
                marketplace.providers().stream().map(DemoProvider::placeName)),
                marketplace.dayOpportunities().stream().map(DemoDayOpportunity::placeName))
                .forEach(name -> assertTrue(gazetteerNames.contains(name), name));
        marketplace.personalAssistants().forEach(pa ->
                assertTrue(pa.updatedAt().isBefore(DemoMarketplaceGenerator.BASE_INSTANT)));
        marketplace.accounts().forEach(account ->
                assertTrue(account.createdAt().isBefore(DemoMarketplaceGenerator.BASE_INSTANT)));
    }

    @Test
    void givesEveryHubAndSpokeASchedule() {
        Set<String> scheduled = marketplace.schedules().stream().map(DemoSchedule::listingName).collect(Collectors.toSet());

        assertEquals(70, scheduled.size());
        assertTrue(marketplace.schedules().stream().anyMatch(s -> s.kind() == DemoSchedule.Kind.CARERS_BREAK
                && s.listingName().equals(demoHub().name())), "the demo provider's hub offers carers' breaks");
        assertTrue(marketplace.schedules().stream().anyMatch(s -> s.recurrence() == DemoSchedule.Recurrence.MONTHLY));
    }

    @Test
    void fillsTheDemoProvidersSpokeOneSessionNearlyAndTheNextWithAWaitingList() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        DemoMarketplace demo = new DemoMarketplaceGenerator(dorset, DemoMarketplaceGenerator.DEFAULT_SEED)
                .generate(10, today, Set.of());
        Map<LocalDate, List<DemoBooking>> byDate = demo.bookings().stream()
                .filter(b -> demo.schedules().get(b.schedule()).listingName().equals(demoSpoke(demo).name())
                        && demo.schedules().get(b.schedule()).kind() == DemoSchedule.Kind.ACTIVITY)
                .collect(Collectors.groupingBy(DemoBooking::date, TreeMap::new, Collectors.toList()));
        List<LocalDate> dates = List.copyOf(byDate.keySet());

        assertEquals(3, dates.size(), "last week's session, the next and the one after");
        assertTrue(dates.get(0).isBefore(today) && !dates.get(1).isBefore(today));
        assertEquals(3, byDate.get(dates.get(0)).size(), "people to fill in the register for");
        assertEquals(6, byDate.get(dates.get(1)).size(), "6 of 8 places: nearly full");
        assertTrue(byDate.get(dates.get(1)).stream().anyMatch(b -> b.bookerEmail().equals(DemoAccounts.DP_HOLDER)));
        assertEquals(8, byDate.get(dates.get(2)).stream().filter(b -> !b.waiting()).count(), "full");
        assertEquals(2, byDate.get(dates.get(2)).stream().filter(DemoBooking::waiting).count(), "two waiting");
    }

    @Test
    void booksTheDemoDpHolderACarersBreakForThePersonTheyCareFor() {
        DemoBooking carersBreak = marketplace.bookings().stream()
                .filter(b -> marketplace.schedules().get(b.schedule()).kind() == DemoSchedule.Kind.CARERS_BREAK
                        && b.bookerEmail().equals(DemoAccounts.DP_HOLDER)).findFirst().orElseThrow();

        assertTrue(carersBreak.forSomeoneElse());
        assertEquals("LOW_VALUE_DIRECT_PAYMENT", carersBreak.paymentMethod());
    }

    @Test
    void skipsBankHolidaysWhenPlacingBookedSessions() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 31));
        DemoMarketplace demo = new DemoMarketplaceGenerator(dorset, DemoMarketplaceGenerator.DEFAULT_SEED)
                .generate(10, christmasEve, holidays);

        assertTrue(demo.bookings().stream().noneMatch(b -> holidays.contains(b.date())));
    }

    private DemoDayOpportunity demoHub() {
        String demoProvider = provider(DemoAccounts.PROVIDER).name();
        return marketplace.dayOpportunities(Kind.HUB).stream().filter(o -> o.providerName().equals(demoProvider))
                .findFirst().orElseThrow();
    }

    private DemoDayOpportunity demoSpoke(DemoMarketplace demo) {
        String demoProvider = provider(DemoAccounts.PROVIDER).name();
        return demo.dayOpportunities(Kind.SPOKE).stream().filter(o -> o.providerName().equals(demoProvider))
                .findFirst().orElseThrow();
    }

    private DemoAccount account(String email) {
        return marketplace.accounts().stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
    }

    private DemoProvider provider(String ownerEmail) {
        return marketplace.providers().stream().filter(p -> p.ownerEmail().equals(ownerEmail)).findFirst().orElseThrow();
    }
}
