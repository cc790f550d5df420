package care.circles.seeds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import care.circles.seeds.DayOpportunityCatalogue.Offer;
import care.circles.seeds.DemoAccount.Role;
import care.circles.seeds.DemoProvider.Kind;

/**
 * Invents the people, businesses and activities of the demo marketplace. The same seed and
 * gazetteer always give the same marketplace, so screenshots, tests and benchmarks can rely
 * on it; every timestamp lies before {@link #BASE_INSTANT}, never relative to the clock.
 * Providers, hubs and spokes come out the same whatever the number of PAs asked for.
 */
public final class DemoMarketplaceGenerator {

    public static final long DEFAULT_SEED = 20261125L;
    public static final Instant BASE_INSTANT = Instant.parse("2026-11-01T09:00:00Z");
    public static final int DEFAULT_PERSONAL_ASSISTANTS = 300;
    public static final int PROVIDERS = 40;
    public static final int HUBS = 10;
    public static final int SPOKES = 60;
    /** People who booked places in the demo (besides the demo DP holder): person01@... and so on. */
    public static final int BOOKERS = 12;
    /** Sessions start from here when no day is given: the Monday after the base instant. */
    public static final LocalDate DEFAULT_SESSIONS_FROM = LocalDate.of(2026, 11, 2);
    /** A spoke is in the network of the nearest hub this close (degrees², roughly 20 km). */
    private static final double HUB_NETWORK_REACH = 0.035;

    static final String DEMO_PROVIDER_NAME = "Stour Valley Day Services";
    static final String DEMO_BROKER_NAME = "Purbeck Support Brokerage";

    private static final int MINUTES_PER_DAY = 24 * 60;

    private static final List<String> FIRST_NAMES = List.of(
            "Sarah", "Emma", "Claire", "Helen", "Rachel", "Lucy", "Jessica", "Hannah", "Sophie", "Charlotte",
            "Laura", "Amy", "Rebecca", "Kate", "Joanne", "Nicola", "Michelle", "Karen", "Julie", "Susan",
            "Lisa", "Donna", "Tracey", "Gemma", "Zoe", "Chloe", "Megan", "Ellie", "Abbie", "Amber",
            "Natalie", "Kirsty", "Paula", "Wendy", "Sandra", "Alison", "Fiona", "Jane", "Ruth", "Beth",
            "Agnieszka", "Maria", "Ana", "Priya", "Aisha", "Fatima", "Joy", "Grace", "Mary", "Patricia",
            "Bernadette", "Lorraine", "Denise", "Carol", "Jenny", "Katie", "Molly", "Freya", "Izzy", "Tasha",
            "James", "David", "Mark", "Paul", "Andrew", "Richard", "Daniel", "Tom", "Ben", "Matt",
            "Chris", "Steve", "Gary", "Lee", "Dean", "Sam", "Jack", "Josh", "Ryan", "Marek",
            "Tomasz", "Kofi", "Ravi", "Peter", "Martin", "Simon", "Neil", "Alex", "Jordan", "Robin");

    /** Roughly as common as surnames starting with each letter are in England. */
    private static final String SURNAME_INITIALS = "AABBBBCCCCDDEFFGGGHHHHJJKLLLMMMMNOPPPRRSSSSTTTWWWY";

    /** How often PAs offer each skill, indexed by {@link PaSkill#ordinal()}. */
    private static final int[] SKILL_WEIGHTS = {6, 4, 6, 8, 7, 4, 3, 2, 3, 3, 1, 3, 5, 6};

    private record Region(String name, String homePlace) {
    }

    /** Areas a local business names itself after, with the town it would be based in. */
    private static final List<Region> REGIONS = List.of(
            new Region("Stour Valley", "Sturminster Newton"), new Region("Purbeck", "Wareham"),
            new Region("Blackmore Vale", "Sturminster Newton"), new Region("Jurassic Coast", "Weymouth"),
            new Region("Cranborne Chase", "Sixpenny Handley"), new Region("Marshwood Vale", "Bridport"),
            new Region("Chesil", "Chickerell"), new Region("Piddle Valley", "Puddletown"),
            new Region("Frome Valley", "Dorchester"), new Region("Allen Valley", "Wimborne Minster"),
            new Region("Hardy Country", "Dorchester"), new Region("Isle of Purbeck", "Swanage"),
            new Region("Cerne Valley", "Cerne Abbas"), new Region("Tarrant Valley", "Blandford Forum"),
            new Region("Moors Valley", "Verwood"), new Region("Brit Valley", "Bridport"),
            new Region("Wey Valley", "Weymouth"), new Region("Lyme Bay", "Lyme Regis"),
            new Region("Bride Valley", "Burton Bradstock"), new Region("Hambledon Hill", "Child Okeford"),
            new Region("Egdon Heath", "Crossways"), new Region("Gold Hill", "Shaftesbury"),
            new Region("Heart of Dorset", "Dorchester"), new Region("North Dorset", "Gillingham"));

    private static final Map<Kind, List<String>> NAME_ENDINGS = Map.of(
            Kind.MICRO_PROVIDER, List.of("Companions", "Home Support", "Helping Hands", "Care Co-operative",
                    "Carers", "Support Circle", "Good Neighbours", "Home Help", "Care at Home"),
            Kind.DAY_OPPORTUNITIES, List.of("Day Services", "Community Hub", "Activity Centre", "Friendship Club",
                    "Days Out", "Community Trust", "Day Opportunities"),
            Kind.ISF_BROKER, List.of("Support Brokerage", "Independent Living Brokers", "Support Planning",
                    "Personal Budget Support", "Care Brokers"));

    private static final List<String> MICRO_PROVIDER_SERVICES = List.of(
            "personal care and companionship", "help at home, shopping and trips out",
            "support for people living with dementia", "sitting services so family carers can take a break",
            "support for adults with learning disabilities to live independently",
            "night sits and help after a stay in hospital", "support to get out to clubs, classes and work");

    private static final List<String> DAY_OPPORTUNITY_FOCUS = List.of(
            "clubs, classes and volunteering close to home", "work placements and skills for employment",
            "creative arts, music and drama", "outdoor activities, gardening and countryside walks",
            "social clubs and days out for older people");

    private final Gazetteer gazetteer;
    private final long seed;

    public DemoMarketplaceGenerator(Gazetteer gazetteer, long seed) {
        if (gazetteer.places().isEmpty()) {
            throw new IllegalArgumentException("The gazetteer has no places to put people in");
        }
        this.gazetteer = gazetteer;
        this.seed = seed;
    }

    /** @param personalAssistantCount generated PAs, besides the demo PA account's own profile */
    public DemoMarketplace generate(int personalAssistantCount) {
        return generate(personalAssistantCount, DEFAULT_SESSIONS_FROM, Set.of());
    }

    /**
     * @param sessionsFrom the day schedules start from (the loader gives today): sessions, bookings
     *                     and waiting lists are the only demo data placed relative to it
     * @param bankHolidays days the schedules skip, as the database lists them
     */
    public DemoMarketplace generate(int personalAssistantCount, LocalDate sessionsFrom, Set<LocalDate> bankHolidays) {
        if (personalAssistantCount < 0) {
            throw new IllegalArgumentException("The number of PAs cannot be negative: " + personalAssistantCount);
        }
        List<DemoAccount> accounts = new ArrayList<>(personalAssistantCount + PROVIDERS + 10);
        Instant demoAccountsCreated = BASE_INSTANT.minus(Duration.ofDays(400));
        accounts.add(new DemoAccount(DemoAccounts.DP_HOLDER, Role.DP_HOLDER, demoAccountsCreated));
        accounts.add(new DemoAccount(DemoAccounts.PERSONAL_ASSISTANT, Role.PA, demoAccountsCreated));
        accounts.add(new DemoAccount(DemoAccounts.PROVIDER, Role.PROVIDER, demoAccountsCreated));
        accounts.add(new DemoAccount(DemoAccounts.BROKER, Role.BROKER, demoAccountsCreated));
        accounts.add(new DemoAccount(DemoAccounts.COUNCIL, Role.COUNCIL, demoAccountsCreated));

        // Separate streams, so asking for more PAs does not reshuffle providers and activities.
        List<DemoPersonalAssistant> personalAssistants =
                personalAssistants(new Random(seed), new Random(seed + 3), personalAssistantCount, accounts);
        List<DemoProvider> providers = providers(new Random(seed + 1), accounts);
        List<DemoDayOpportunity> dayOpportunities = new ArrayList<>(HUBS + SPOKES);
        Random activities = new Random(seed + 2);
        Random details = new Random(seed + 4);
        List<DemoDayOpportunity> hubs = hubs(activities, details, providers);
        dayOpportunities.addAll(hubs);
        dayOpportunities.addAll(spokes(activities, details, providers, hubs));

        for (int number = 1; number <= BOOKERS; number++) {
            accounts.add(new DemoAccount(String.format("person%02d%s", number, DemoAccounts.DOMAIN), Role.DP_HOLDER,
                    demoAccountsCreated.plus(Duration.ofDays(number))));
        }
        DemoCalendar calendar = new DemoCalendar(new Random(seed + 5), sessionsFrom, bankHolidays, FIRST_NAMES);
        List<DemoSchedule> schedules = calendar.schedules(dayOpportunities, DEMO_PROVIDER_NAME);
        List<DemoBooking> bookings = calendar.bookings(dayOpportunities, schedules, DEMO_PROVIDER_NAME);
        return new DemoMarketplace(accounts, personalAssistants, providers, dayOpportunities, schedules, bookings);
    }

    /** Profile details come from their own random stream, so adding them changed nothing else. */
    private List<DemoPersonalAssistant> personalAssistants(Random random, Random detailsRandom, int count,
                                                           List<DemoAccount> accounts) {
        List<DemoPersonalAssistant> result = new ArrayList<>(count + 1);
        Instant demoPublished = BASE_INSTANT.minus(Duration.ofDays(380));
        result.add(new DemoPersonalAssistant(DemoAccounts.PERSONAL_ASSISTANT, "Jo D.", placeName("Dorchester"),
                Pence.of(1450),
                "I have lived in Dorchester all my life and help older people stay independent at home."
                        + " I enjoy cooking, gardening and trips out, and I have my own car for appointments.",
                List.of(PaSkill.MEALS, PaSkill.COMPANIONSHIP, PaSkill.OUT_AND_ABOUT, PaSkill.DRIVING),
                DemoPersonalAssistant.Status.PUBLISHED, demoPublished, demoPublished.plus(Duration.ofDays(90)),
                DemoPaDetails.forDemoPa()));

        List<Place> everyPlaceOnce = shuffled(random, gazetteer.places());
        int[] cumulativeWeights = cumulativePlaceWeights();
        for (int number = 1; number <= count; number++) {
            String email = String.format("pa%04d%s", number, DemoAccounts.DOMAIN);
            // Every place gets a PA first, so a search anywhere in the county finds someone.
            Place place = number <= everyPlaceOnce.size()
                    ? everyPlaceOnce.get(number - 1)
                    : weightedPlace(random, cumulativeWeights);
            String displayName = pick(random, FIRST_NAMES) + " "
                    + SURNAME_INITIALS.charAt(random.nextInt(SURNAME_INITIALS.length())) + ".";
            List<PaSkill> skills = skills(random);
            Instant created = BASE_INSTANT.minus(minutes(30 * MINUTES_PER_DAY + random.nextInt(870 * MINUTES_PER_DAY)));
            accounts.add(new DemoAccount(email, Role.PA, created));

            int statusRoll = random.nextInt(100);
            DemoPersonalAssistant.Status status = statusRoll < 90 ? DemoPersonalAssistant.Status.PUBLISHED
                    : statusRoll < 96 ? DemoPersonalAssistant.Status.DRAFT
                    : DemoPersonalAssistant.Status.UNPUBLISHED;
            Instant publishedAt = null;
            Instant updatedAt;
            if (status == DemoPersonalAssistant.Status.DRAFT) {
                updatedAt = between(random, created, created.plus(Duration.ofDays(7)));
            } else {
                publishedAt = between(random, created.plus(Duration.ofDays(1)), created.plus(Duration.ofDays(14)));
                updatedAt = between(random, publishedAt, BASE_INSTANT);
            }
            result.add(new DemoPersonalAssistant(email, displayName, place.name(), hourlyRate(random),
                    AboutMeComposer.compose(random, place.name(), skills), skills, status, publishedAt, updatedAt,
                    DemoPaDetails.generate(detailsRandom)));
        }
        return result;
    }

    private static List<PaSkill> skills(Random random) {
        int wanted = 2 + random.nextInt(5);
        int total = 0;
        for (int weight : SKILL_WEIGHTS) {
            total += weight;
        }
        EnumSet<PaSkill> chosen = EnumSet.noneOf(PaSkill.class);
        while (chosen.size() < wanted) {
            int roll = random.nextInt(total);
            int ordinal = 0;
            while (roll >= SKILL_WEIGHTS[ordinal]) {
                roll -= SKILL_WEIGHTS[ordinal++];
            }
            chosen.add(PaSkill.values()[ordinal]);
        }
        return List.copyOf(chosen);
    }

    /** Most PAs charge £11.50 to £18.00 an hour; one in twenty is a specialist charging up to £22. */
    private static Pence hourlyRate(Random random) {
        if (random.nextInt(20) == 0) {
            return Pence.of(1825 + 25 * random.nextInt(16));
        }
        return Pence.of(1150 + 25 * random.nextInt(27));
    }

    private List<DemoProvider> providers(Random random, List<DemoAccount> accounts) {
        List<DemoProvider> providers = new ArrayList<>(PROVIDERS);
        Set<String> usedNames = new HashSet<>();
        Instant demoCreated = BASE_INSTANT.minus(Duration.ofDays(400));
        providers.add(new DemoProvider(DEMO_PROVIDER_NAME, Kind.DAY_OPPORTUNITIES, placeName("Blandford Forum"),
                "Runs day opportunities for adults in Blandford Forum and the villages of the Stour valley:"
                        + " a day centre, clubs, classes and volunteering close to home.",
                DemoAccounts.PROVIDER, demoCreated));
        providers.add(new DemoProvider(DEMO_BROKER_NAME, Kind.ISF_BROKER, placeName("Wareham"),
                brokerDescription("Wareham"), DemoAccounts.BROKER, demoCreated));
        usedNames.add(DEMO_PROVIDER_NAME);
        usedNames.add(DEMO_BROKER_NAME);

        List<Kind> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(13, Kind.DAY_OPPORTUNITIES));
        kinds.addAll(Collections.nCopies(18, Kind.MICRO_PROVIDER));
        kinds.addAll(Collections.nCopies(PROVIDERS - 2 - 13 - 18, Kind.ISF_BROKER));
        Collections.shuffle(kinds, random);

        int providerAccounts = 0;
        int brokerAccounts = 0;
        for (Kind kind : kinds) {
            String name;
            String placeName;
            do {
                if (random.nextBoolean()) {
                    Region region = pick(random, REGIONS);
                    name = region.name();
                    placeName = gazetteer.place(region.homePlace())
                            .orElseGet(() -> pick(random, gazetteer.places())).name();
                } else {
                    placeName = pick(random, gazetteer.places()).name();
                    name = placeName;
                }
                name = name + " " + pick(random, NAME_ENDINGS.get(kind));
            } while (!usedNames.add(name));

            String ownerEmail = kind == Kind.ISF_BROKER
                    ? String.format("broker%02d%s", ++brokerAccounts, DemoAccounts.DOMAIN)
                    : String.format("provider%02d%s", ++providerAccounts, DemoAccounts.DOMAIN);
            Instant created = BASE_INSTANT.minus(minutes(60 * MINUTES_PER_DAY + random.nextInt(900 * MINUTES_PER_DAY)));
            accounts.add(new DemoAccount(ownerEmail, kind == Kind.ISF_BROKER ? Role.BROKER : Role.PROVIDER, created));
            providers.add(new DemoProvider(name, kind, placeName, providerDescription(random, kind, placeName),
                    ownerEmail, created));
        }
        return providers;
    }

    private static String providerDescription(Random random, Kind kind, String placeName) {
        return switch (kind) {
            case MICRO_PROVIDER -> "A small team of " + (2 + random.nextInt(7)) + " local carers offering "
                    + pick(random, MICRO_PROVIDER_SERVICES) + " in and around " + placeName + ".";
            case DAY_OPPORTUNITIES -> "Runs day opportunities for adults in " + placeName
                    + " and the villages around: " + pick(random, DAY_OPPORTUNITY_FOCUS) + ".";
            case ISF_BROKER -> brokerDescription(placeName);
        };
    }

    private static String brokerDescription(String placeName) {
        return "Holds individual service funds for people in and around " + placeName + ": we help you plan"
                + " your support, pay your PAs and providers, and account for every pound to the council each month.";
    }

    /**
     * Hubs are buildings, so they go to towns big enough to have their own postcode district,
     * starting with the demo provider's town so the demonstrator has a hub to show.
     */
    private List<DemoDayOpportunity> hubs(Random random, Random details, List<DemoProvider> providers) {
        List<DemoProvider> owners = providers.stream().filter(p -> p.kind() == Kind.DAY_OPPORTUNITIES).toList();
        List<Place> withDistricts = gazetteer.places().stream()
                .filter(place -> !place.postcodeDistricts().isEmpty()).toList();
        List<Place> towns = shuffled(random, withDistricts.isEmpty() ? gazetteer.places() : withDistricts);
        gazetteer.place(owners.get(0).placeName()).ifPresent(demoTown -> {
            towns.remove(demoTown);
            towns.add(0, demoTown);
        });
        List<DemoDayOpportunity> hubs = new ArrayList<>(HUBS);
        for (int i = 0; i < HUBS; i++) {
            Offer offer = DayOpportunityCatalogue.HUBS.get(i % DayOpportunityCatalogue.HUBS.size());
            Place town = towns.get(i % towns.size());
            hubs.add(dayOpportunity(random, nearest(owners, town), DemoDayOpportunity.Kind.HUB, offer,
                    town.name(), offer.description(), details(details, DemoDayOpportunity.Kind.HUB, offer, null)));
        }
        return hubs;
    }

    /** Every place gets a spoke before any gets a second, each run by the nearest provider. */
    private List<DemoDayOpportunity> spokes(Random random, Random details, List<DemoProvider> providers,
                                            List<DemoDayOpportunity> hubs) {
        List<DemoProvider> owners = providers.stream().filter(p -> p.kind() != Kind.ISF_BROKER).toList();
        List<Place> places = shuffled(random, gazetteer.places());
        Set<String> usedNames = new HashSet<>();
        List<DemoDayOpportunity> spokes = new ArrayList<>(SPOKES);
        for (int i = 0; i < SPOKES; i++) {
            Place place = places.get(i % places.size());
            Offer offer;
            do {
                offer = pick(random, DayOpportunityCatalogue.SPOKES);
            } while (!usedNames.add(place.name() + " " + offer.nameSuffix()));
            String description = offer.description() + " Sessions on "
                    + pick(random, DayOpportunityCatalogue.WHEN) + ".";
            spokes.add(dayOpportunity(random, nearest(owners, place), DemoDayOpportunity.Kind.SPOKE, offer,
                    place.name(), description, details(details, DemoDayOpportunity.Kind.SPOKE, offer,
                            nearestHub(hubs, place))));
        }
        return spokes;
    }

    /** The first listed wins a tie, so the demo provider runs what is in its own town. */
    private DemoProvider nearest(List<DemoProvider> providers, Place place) {
        DemoProvider nearest = providers.get(0);
        double nearestDistance = Double.MAX_VALUE;
        for (DemoProvider provider : providers) {
            Place base = gazetteer.place(provider.placeName()).orElseThrow();
            double distance = squaredDistance(base, place);
            if (distance < nearestDistance) {
                nearest = provider;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    /** Good enough to rank distances within one county: a degree of longitude is shorter than one of latitude. */
    private static double squaredDistance(Place a, Place b) {
        double east = (a.longitude() - b.longitude()) * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
        double north = a.latitude() - b.latitude();
        return east * east + north * north;
    }

    private static DemoDayOpportunity dayOpportunity(Random random, DemoProvider owner, DemoDayOpportunity.Kind kind,
            Offer offer, String placeName, String description, DemoListingDetails details) {
        int capacity = offer.minCapacity() + random.nextInt(offer.maxCapacity() - offer.minCapacity() + 1);
        // Prices in whole 50p steps, as a provider would set them.
        int price = offer.minPricePence() + 50 * random.nextInt((offer.maxPricePence() - offer.minPricePence()) / 50 + 1);
        Instant created = between(random, owner.createdAt(), BASE_INSTANT.minus(Duration.ofDays(7)));
        return new DemoDayOpportunity(owner.name(), kind, placeName + " " + offer.nameSuffix(), placeName,
                description, capacity, Pence.of(price), created, priced(details, price, offer));
    }

    /** Facilities, address and the like come from their own random stream, so hubs and spokes stay as they were. */
    private static DemoListingDetails details(Random random, DemoDayOpportunity.Kind kind, Offer offer, String hubName) {
        DayOpportunityCatalogue.Kind about = DayOpportunityCatalogue.KINDS.get(offer.nameSuffix());
        boolean hub = kind == DemoDayOpportunity.Kind.HUB;
        List<String> facilities = new ArrayList<>();
        if (hub || random.nextInt(10) < 7) {
            facilities.add("STEP_FREE_ACCESS");
        }
        if (hub ? random.nextInt(10) < 6 : random.nextInt(10) == 0) {
            facilities.add("CHANGING_PLACES_TOILET");
        }
        if (hub ? random.nextInt(10) < 6 : offer.nameSuffix().equals("Supported Swimming")) {
            facilities.add("HOIST");
        }
        if (hub && !offer.nameSuffix().startsWith("Information") && random.nextInt(10) < 7) {
            facilities.add("SENSORY_ROOM");
        }
        if (random.nextInt(10) < (hub ? 8 : 5)) {
            facilities.add("PARKING");
        }
        if (random.nextInt(10) < (hub ? 5 : 2)) {
            facilities.add("HEARING_LOOP");
        }
        String address = hub ? (1 + random.nextInt(60)) + " " + pick(random, DayOpportunityCatalogue.STREETS)
                : pick(random, DayOpportunityCatalogue.VENUES);
        return new DemoListingDetails(about.category(), about.whoItSuits(), about.minAge(), List.of(), facilities,
                about.needs(), address,
                hub ? "Monday to Friday, 9:30am to 4pm" : null,
                hub && !offer.nameSuffix().startsWith("Information")
                        ? "Our minibus with a wheelchair lift collects people who live within 10 miles." : null,
                hubName, hub ? 48 : 24);
    }

    /** Paid places take direct payments and people's own money; day centres also council places. */
    private static DemoListingDetails priced(DemoListingDetails details, int pricePence, Offer offer) {
        List<String> funding = new ArrayList<>();
        if (pricePence > 0) {
            funding.add("DIRECT_PAYMENT");
            if (offer.minPricePence() >= 800) {
                funding.add("ISF");
            }
            funding.add("SELF_FUNDED");
        }
        if (details.category().equals("DAY_SERVICES") || (pricePence == 0 && details.category().equals("INFORMATION_AND_ADVICE"))) {
            funding.add("COUNCIL_COMMISSIONED");
        }
        return new DemoListingDetails(details.category(), details.whoItSuits(), details.minAge(), funding,
                details.facilities(), details.needs(), details.address(), details.openingTimes(), details.transport(),
                details.hubName(), details.cancellationNoticeHours());
    }

    /** The nearest hub, if it is near enough for a spoke to be in its network. */
    private String nearestHub(List<DemoDayOpportunity> hubs, Place place) {
        String nearest = null;
        double nearestDistance = HUB_NETWORK_REACH;
        for (DemoDayOpportunity hub : hubs) {
            double distance = squaredDistance(gazetteer.place(hub.placeName()).orElseThrow(), place);
            if (distance <= nearestDistance) {
                nearest = hub.name();
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    private String placeName(String preferred) {
        return gazetteer.place(preferred).orElse(gazetteer.places().get(0)).name();
    }

    /** Towns with their own postcode districts are the bigger ones, so more PAs live there. */
    private int[] cumulativePlaceWeights() {
        List<Place> places = gazetteer.places();
        int[] cumulative = new int[places.size()];
        int total = 0;
        for (int i = 0; i < places.size(); i++) {
            total += 1 + 4 * places.get(i).postcodeDistricts().size();
            cumulative[i] = total;
        }
        return cumulative;
    }

    private Place weightedPlace(Random random, int[] cumulativeWeights) {
        int roll = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int index = 0;
        while (roll >= cumulativeWeights[index]) {
            index++;
        }
        return gazetteer.places().get(index);
    }

    private static Instant between(Random random, Instant from, Instant to) {
        long spanMinutes = Duration.between(from, to).toMinutes();
        return spanMinutes <= 0 ? from : from.plus(minutes(random.nextInt(Math.toIntExact(spanMinutes))));
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    private static <T> List<T> shuffled(Random random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
