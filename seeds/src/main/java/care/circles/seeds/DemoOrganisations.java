package care.circles.seeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import care.circles.seeds.DemoProvider.Kind;

/**
 * What the demo organisations say about themselves, their accreditations and the ISFs the
 * brokers hold. Dates are relative to the day the data is loaded (unlike the rest of the demo
 * data), so a demonstrator always finds one accreditation expiring soon, one application waiting
 * for the council, and ISFs with last month's statement due. The same seed and day always give
 * the same facts.
 */
public final class DemoOrganisations {

    /** The accreditation kinds, as the web app names them. */
    public static final String QUALITY_MARK = "MICRO_PROVIDER_QUALITY_MARK";
    public static final String FRAMEWORK = "DORSET_CARE_FRAMEWORK";
    public static final String ISF_PROVIDER = "ISF_PROVIDER";

    public record Organisation(String providerName, String type, String legalName, String contactEmail,
                               String contactPhone, int staffCount, String fullTimeEquivalent, boolean regulated,
                               String cqcNumber, List<String> supports, List<String> activities, List<String> areas) {
    }

    /** status is ACCREDITED or SUBMITTED; a submitted one has no decision or dates. */
    public record Accreditation(String providerName, String kind, String status, Instant startedAt, Instant submittedAt,
                                Instant decidedAt, LocalDate validFrom, LocalDate expiresOn, String conditions) {
    }

    public record Spend(LocalDate spentOn, String what, String supplier, long pence, int outcome) {
    }

    /** @param issuedMonths months whose statements were issued (on the 5th of the next month) */
    public record Isf(String holderName, String personName, String personEmail, long budgetPence, LocalDate startDate,
                      List<String> outcomes, List<Spend> spends, List<YearMonth> issuedMonths) {
    }

    public record Facts(List<Organisation> organisations, List<Accreditation> accreditations, List<Isf> isfs) {
    }

    private static final List<String> ACTIVITIES = List.of("DAY_CENTRE", "CLUBS_AND_SOCIAL", "ARTS_AND_MUSIC",
            "SPORT_AND_EXERCISE", "GARDENING_AND_OUTDOORS", "LEARNING_AND_SKILLS", "WORK_AND_VOLUNTEERING",
            "CARERS_BREAKS", "INFORMATION_AND_ADVICE");

    private DemoOrganisations() {
    }

    public static Facts generate(List<DemoProvider> providers, Gazetteer gazetteer, LocalDate today, long seed) {
        Random random = new Random(seed + 5);
        List<Organisation> organisations = new ArrayList<>();
        for (DemoProvider provider : providers) {
            organisations.add(organisation(random, provider, gazetteer));
        }
        List<Accreditation> accreditations = new ArrayList<>();
        Instant at = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        int micro = 0;
        int brokers = 0;
        int dayServices = 0;
        for (DemoProvider provider : providers) {
            String name = provider.name();
            if (name.equals(DemoMarketplaceGenerator.DEMO_PROVIDER_NAME)) {
                // Expiring soon: renewal is open for the demonstrator to try.
                accreditations.add(granted(name, FRAMEWORK, today.minusDays(1055), today.plusDays(40), null));
            } else if (name.equals(DemoMarketplaceGenerator.DEMO_BROKER_NAME)) {
                accreditations.add(granted(name, ISF_PROVIDER, today.minusDays(200), today.plusDays(530), null));
            } else if (provider.kind() == Kind.ISF_BROKER && brokers++ < 3) {
                accreditations.add(granted(name, ISF_PROVIDER, today.minusDays(100 + 90L * brokers),
                        today.plusDays(600 - 90L * brokers), brokers == 2
                                ? "Monthly statements to be sent to the council by the 10th for the first six months" : null));
            } else if (provider.kind() == Kind.MICRO_PROVIDER) {
                micro++;
                if (micro <= 6) {
                    accreditations.add(granted(name, QUALITY_MARK, today.minusDays(30L * micro), today.plusDays(335 - 30L * micro),
                            micro == 3 ? "Personal care only by staff whose enhanced DBS check the council has verified"
                                    + "\nA new safeguarding lead to be named by the end of next month" : null));
                } else if (micro == 7) {
                    // The application waiting in the council's queue.
                    accreditations.add(new Accreditation(name, QUALITY_MARK, "SUBMITTED", at.minusSeconds(86_400L * 12),
                            at.minusSeconds(86_400L * 9), null, null, null, null));
                }
            } else if (provider.kind() == Kind.DAY_OPPORTUNITIES && dayServices++ < 4) {
                accreditations.add(granted(name, FRAMEWORK, today.minusDays(200L + 100 * dayServices),
                        today.plusDays(800L - 100 * dayServices), null));
            }
        }
        return new Facts(organisations, accreditations, isfs(providers, today));
    }

    private static Accreditation granted(String name, String kind, LocalDate from, LocalDate until, String conditions) {
        Instant decided = from.atTime(10, 30).toInstant(ZoneOffset.UTC);
        return new Accreditation(name, kind, "ACCREDITED", decided.minusSeconds(86_400L * 30),
                decided.minusSeconds(86_400L * 20), decided, from, until, conditions);
    }

    private static Organisation organisation(Random random, DemoProvider provider, Gazetteer gazetteer) {
        String slug = provider.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        String type;
        int staff;
        String fte;
        switch (provider.kind()) {
            case MICRO_PROVIDER -> {
                type = "MICRO_PROVIDER";
                staff = 2 + random.nextInt(8);
                fte = String.valueOf(Math.min(8.0, 1 + random.nextInt(14) / 2.0));
            }
            case DAY_OPPORTUNITIES -> {
                type = random.nextBoolean() ? "COMMUNITY_GROUP" : "LARGER_PROVIDER";
                staff = 8 + random.nextInt(30);
                fte = String.valueOf(6 + random.nextInt(20));
            }
            default -> {
                type = random.nextInt(3) == 0 ? "MICRO_PROVIDER" : "LARGER_PROVIDER";
                staff = type.equals("MICRO_PROVIDER") ? 2 + random.nextInt(5) : 9 + random.nextInt(12);
                fte = type.equals("MICRO_PROVIDER") ? String.valueOf(2 + random.nextInt(5)) : String.valueOf(9 + random.nextInt(10));
            }
        }
        boolean regulated = provider.kind() == Kind.MICRO_PROVIDER && random.nextInt(3) == 0;
        Set<String> supports = new LinkedHashSet<>();
        List<String> activities = new ArrayList<>();
        PaSkill[] skills = PaSkill.values();
        int wanted = provider.kind() == Kind.DAY_OPPORTUNITIES ? 1 + random.nextInt(2) : 2 + random.nextInt(4);
        while (supports.size() < wanted) {
            PaSkill skill = skills[random.nextInt(skills.length)];
            if (skill != PaSkill.PERSONAL_CARE || regulated) {
                supports.add(skill.name());
            }
        }
        if (regulated) {
            supports.add(PaSkill.PERSONAL_CARE.name());
        }
        if (provider.kind() == Kind.DAY_OPPORTUNITIES) {
            Set<String> chosen = new LinkedHashSet<>();
            while (chosen.size() < 2 + random.nextInt(3)) {
                chosen.add(ACTIVITIES.get(random.nextInt(ACTIVITIES.size())));
            }
            activities.addAll(chosen);
        }
        Place home = gazetteer.place(provider.placeName()).orElseThrow();
        List<String> areas = gazetteer.places().stream()
                .sorted(Comparator.comparingDouble(p -> distance(home, p)))
                .limit(2 + random.nextInt(4)).map(Place::name).toList();
        return new Organisation(provider.name(), type, legalName(random, provider), "hello@" + slug + ".example.org",
                "01" + (200 + random.nextInt(800)) + " " + (100_000 + random.nextInt(900_000)), staff, fte, regulated,
                regulated ? "1-" + (100_000_000 + random.nextInt(899_999_999)) : null, List.copyOf(supports), activities,
                areas);
    }

    private static String legalName(Random random, DemoProvider provider) {
        return switch (random.nextInt(3)) {
            case 0 -> provider.name() + " Ltd";
            case 1 -> provider.name() + " CIC";
            default -> provider.name() + " Community Interest Company";
        };
    }

    private static double distance(Place a, Place b) {
        double east = (a.longitude() - b.longitude()) * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
        double north = a.latitude() - b.latitude();
        return east * east + north * north;
    }

    /** The demo broker holds two ISFs, one for the demo DP holder; another broker holds one whose statement is late. */
    private static List<Isf> isfs(List<DemoProvider> providers, LocalDate today) {
        List<Isf> isfs = new ArrayList<>();
        LocalDate firstStart = today.minusMonths(2).withDayOfMonth(1);
        isfs.add(new Isf(DemoMarketplaceGenerator.DEMO_BROKER_NAME, "Alex Morgan", DemoAccounts.DP_HOLDER, 1_248_000,
                firstStart, List.of("I want to get to my allotment twice a week",
                        "I want to see my friends at the Thursday lunch club",
                        "I want help at home in the mornings so I can stay in my own flat"),
                List.of(new Spend(firstStart.plusDays(3), "Morning support, first week", "Wareham Home Help", 18_750, 2),
                        new Spend(firstStart.plusDays(9), "Taxi to the allotment and back", "Purbeck Cabs", 2_400, 0),
                        new Spend(firstStart.plusDays(16), "Lunch club, four Thursdays", "Wareham Friendship Club", 2_000, 1),
                        new Spend(firstStart.plusMonths(1).plusDays(2), "Morning support, four weeks", "Wareham Home Help", 75_000, 2),
                        new Spend(firstStart.plusMonths(1).plusDays(12), "Seeds and a new hand fork", "Swanage Garden Centre", 1_865, 0),
                        new Spend(firstStart.plusMonths(2).plusDays(1), "Morning support, four weeks", "Wareham Home Help", 75_000, 2)),
                List.of(YearMonth.from(firstStart))));
        isfs.add(new Isf(DemoMarketplaceGenerator.DEMO_BROKER_NAME, "Ruth Bennett", null, 832_000,
                today.minusDays(40), List.of("I want to keep swimming every week", "I want a break from caring for my husband once a month"),
                List.of(new Spend(today.minusDays(33), "Swimming sessions", "Purbeck Leisure Centre", 2_200, 0),
                        new Spend(today.minusDays(20), "Sitting service for a day out", "Corfe Carers", 9_600, 1)),
                List.of()));
        providers.stream().filter(p -> p.kind() == Kind.ISF_BROKER && !p.name().equals(DemoMarketplaceGenerator.DEMO_BROKER_NAME))
                .findFirst().ifPresent(broker -> isfs.add(new Isf(broker.name(), "Dennis Hale", null, 1_560_000,
                        today.minusMonths(3).withDayOfMonth(1), List.of("I want to go to the football with my son"),
                        List.of(new Spend(today.minusMonths(3).withDayOfMonth(10), "Season ticket, half", "Weymouth FC", 21_000, 0)),
                        List.of())));
        return isfs;
    }
}
