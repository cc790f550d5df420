package care.circles.seeds;

import java.util.List;
import java.util.Map;

/**
 * The kinds of hub and spoke the demo marketplace offers. Each becomes an activity named for
 * its place, such as "Bridport Community Allotment Group".
 */
final class DayOpportunityCatalogue {

    /**
     * @param nameSuffix follows the place name
     * @param minPricePence per day at a hub, per session at a spoke; 0 means free
     */
    record Offer(String nameSuffix, String description, int minCapacity, int maxCapacity,
            int minPricePence, int maxPricePence) {
    }

    static final List<Offer> HUBS = List.of(
            new Offer("Day Centre",
                    "A day centre for adults with complex needs, with nursing support, accessible bathrooms,"
                            + " a sensory room and a hot lunch. Transport can be arranged.",
                    20, 40, 5500, 7500),
            new Offer("Carers' Break House",
                    "Short breaks for family carers: the person you care for stays for a day or overnight with"
                            + " trained staff while you rest.",
                    6, 12, 6500, 9500),
            new Offer("Information and Advice Hub",
                    "Drop in for advice on direct payments, finding a personal assistant, benefits and"
                            + " equipment. Carers' support group on the first Monday of the month.",
                    30, 60, 0, 0),
            new Offer("Resource Centre",
                    "A base for people with learning disabilities and autism: life skills, a training"
                            + " kitchen, quiet rooms and staff trained in positive behaviour support.",
                    15, 30, 4500, 7000));

    static final List<Offer> SPOKES = List.of(
            new Offer("Community Allotment Group",
                    "Grow fruit and vegetables together on a shared allotment. Tools, gloves and tea"
                            + " provided; no gardening experience needed.", 8, 15, 0, 500),
            new Offer("Men's Shed",
                    "A workshop where people repair, build and chat: woodwork, bike repairs and small jobs"
                            + " for the community.", 10, 20, 300, 600),
            new Offer("Memory Café",
                    "A relaxed café for people living with dementia and their carers, with music, games and"
                            + " advice.", 15, 30, 0, 300),
            new Offer("Art Club",
                    "Painting, drawing and collage in a friendly group. Materials provided, all abilities"
                            + " welcome.", 8, 14, 500, 1200),
            new Offer("Cookery Class",
                    "Learn to cook simple, healthy meals on a budget, then sit down and eat together.",
                    6, 10, 800, 1500),
            new Offer("Supported Swimming",
                    "Swimming at the local pool with help in the changing room and a pool hoist.",
                    8, 12, 400, 900),
            new Offer("Walking Group",
                    "Gentle countryside walks of one to three miles, at the pace of the slowest walker,"
                            + " ending at a café.", 10, 20, 0, 300),
            new Offer("Library Volunteers",
                    "Volunteer at the library: shelving books, helping at story time and chatting with"
                            + " visitors.", 4, 8, 0, 0),
            new Offer("Café Work Placement",
                    "A supported work placement in a community café: serving, using the till and food"
                            + " hygiene, with a job coach alongside.", 3, 6, 0, 0),
            new Offer("Garden Centre Work Placement",
                    "A supported work placement at a garden centre: potting on, watering and helping"
                            + " customers, leading to a reference.", 3, 6, 0, 0),
            new Offer("Drama Group",
                    "Drama and improvisation sessions building up to a show every summer.", 10, 18, 600, 1000),
            new Offer("Music Makers",
                    "Play percussion, sing and make music together. No experience needed.", 10, 20, 400, 800),
            new Offer("Chair-Based Exercise",
                    "Seated exercise to music to keep up strength, balance and mobility.", 10, 20, 300, 600),
            new Offer("Digital Skills Class",
                    "Help with tablets, smartphones, video calls and staying safe online.", 6, 10, 0, 500),
            new Offer("Charity Shop Volunteers",
                    "Volunteer in a charity shop: sorting donations, pricing and serving customers.",
                    3, 6, 0, 0),
            new Offer("Book Club",
                    "Read a book a month and talk it over with tea and cake. Large-print and audio copies"
                            + " available.", 6, 12, 0, 300),
            new Offer("Tea Dance",
                    "Afternoon tea dance with live music; dancing optional, company guaranteed.", 20, 40, 300, 600),
            new Offer("Fishing Club",
                    "Coarse fishing at a local lake with accessible platforms; rods and bait provided.",
                    6, 10, 500, 1000),
            new Offer("Pottery Class",
                    "Hand-building and throwing on the wheel, with your pieces fired to take home.",
                    6, 10, 1000, 1800),
            new Offer("Conservation Volunteers",
                    "Hedge-laying, path clearing and wildlife surveys with a countryside ranger.", 8, 15, 0, 0),
            new Offer("Social Club",
                    "Games, quizzes, bingo and a hot two-course lunch.", 20, 40, 500, 900),
            new Offer("Bowls Club",
                    "Indoor and outdoor bowls with coaching; wheelchair users welcome.", 8, 16, 300, 600));

    /**
     * What each kind of hub or spoke is and suits, by name suffix: a category code, who it suits,
     * the youngest age (null: any), and the needs its staff support.
     */
    record Kind(String category, String whoItSuits, Integer minAge, List<String> needs) {
    }

    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Day Centre", new Kind("DAY_SERVICES", "Adults with complex needs or physical disabilities,"
                    + " and older people who need support through the day", 18,
                    List.of("COMPLEX_NEEDS", "PHYSICAL_DISABILITY", "DEMENTIA", "OLDER_PEOPLE"))),
            Map.entry("Carers' Break House", new Kind("CARERS_BREAKS", "Family carers who need a rest, and the people"
                    + " they care for", 18, List.of("DEMENTIA", "LEARNING_DISABILITY", "PHYSICAL_DISABILITY"))),
            Map.entry("Information and Advice Hub", new Kind("INFORMATION_AND_ADVICE", "Anyone with questions about"
                    + " care and support, and carers", null, List.of())),
            Map.entry("Resource Centre", new Kind("DAY_SERVICES", "Adults with learning disabilities or autism",
                    18, List.of("LEARNING_DISABILITY", "AUTISM"))),
            Map.entry("Community Allotment Group", new Kind("OUTDOORS_AND_GARDENING", "Anyone who likes being outdoors;"
                    + " good for people with mental health needs", 18, List.of("MENTAL_HEALTH"))),
            Map.entry("Men's Shed", new Kind("CLUBS_AND_SOCIAL", "Men who would like company and something to do with"
                    + " their hands", 18, List.of("OLDER_PEOPLE"))),
            Map.entry("Memory Café", new Kind("CLUBS_AND_SOCIAL", "People living with dementia and the people who care"
                    + " for them", null, List.of("DEMENTIA"))),
            Map.entry("Art Club", new Kind("ARTS_AND_CRAFTS", "Adults of all abilities who enjoy making things", 18,
                    List.of("LEARNING_DISABILITY"))),
            Map.entry("Cookery Class", new Kind("FOOD_AND_COOKING", "Adults learning to live more independently", 18,
                    List.of("LEARNING_DISABILITY", "AUTISM"))),
            Map.entry("Supported Swimming", new Kind("SPORT_AND_EXERCISE", "Adults with physical disabilities who want"
                    + " to swim with help nearby", 18, List.of("PHYSICAL_DISABILITY"))),
            Map.entry("Walking Group", new Kind("OUTDOORS_AND_GARDENING", "Older people and anyone who would like"
                    + " gentle exercise and company", null, List.of("OLDER_PEOPLE"))),
            Map.entry("Library Volunteers", new Kind("WORK_AND_VOLUNTEERING", "Adults who would like to volunteer with"
                    + " support", 18, List.of("LEARNING_DISABILITY"))),
            Map.entry("Café Work Placement", new Kind("WORK_AND_VOLUNTEERING", "Adults with learning disabilities or"
                    + " autism getting ready for work", 18, List.of("LEARNING_DISABILITY", "AUTISM"))),
            Map.entry("Garden Centre Work Placement", new Kind("WORK_AND_VOLUNTEERING", "Adults getting ready for work"
                    + " who enjoy plants and the outdoors", 18, List.of("LEARNING_DISABILITY"))),
            Map.entry("Drama Group", new Kind("MUSIC_DRAMA_AND_DANCE", "Adults of all abilities who like to perform",
                    18, List.of("LEARNING_DISABILITY", "AUTISM"))),
            Map.entry("Music Makers", new Kind("MUSIC_DRAMA_AND_DANCE", "Anyone who enjoys music, whatever their"
                    + " abilities", null, List.of("SENSORY_IMPAIRMENT", "LEARNING_DISABILITY"))),
            Map.entry("Chair-Based Exercise", new Kind("SPORT_AND_EXERCISE", "Older people and people with limited"
                    + " mobility", 50, List.of("OLDER_PEOPLE", "PHYSICAL_DISABILITY"))),
            Map.entry("Digital Skills Class", new Kind("LEARNING_AND_SKILLS", "Anyone who wants to get online with"
                    + " confidence", 18, List.of("OLDER_PEOPLE"))),
            Map.entry("Charity Shop Volunteers", new Kind("WORK_AND_VOLUNTEERING", "Adults who would like to volunteer"
                    + " with support", 18, List.of())),
            Map.entry("Book Club", new Kind("CLUBS_AND_SOCIAL", "Anyone who enjoys stories; good for people with sight"
                    + " loss", null, List.of("SENSORY_IMPAIRMENT"))),
            Map.entry("Tea Dance", new Kind("MUSIC_DRAMA_AND_DANCE", "Older people and anyone who enjoys music and"
                    + " dancing", null, List.of("OLDER_PEOPLE", "DEMENTIA"))),
            Map.entry("Fishing Club", new Kind("OUTDOORS_AND_GARDENING", "Adults who like the outdoors and a quiet"
                    + " day", 18, List.of("MENTAL_HEALTH", "PHYSICAL_DISABILITY"))),
            Map.entry("Pottery Class", new Kind("ARTS_AND_CRAFTS", "Adults who would like to make something with"
                    + " their hands", 18, List.of("MENTAL_HEALTH"))),
            Map.entry("Conservation Volunteers", new Kind("WORK_AND_VOLUNTEERING", "Adults who are fit enough for"
                    + " outdoor work", 18, List.of("MENTAL_HEALTH"))),
            Map.entry("Social Club", new Kind("CLUBS_AND_SOCIAL", "Older people who would like company and a hot"
                    + " meal", 50, List.of("OLDER_PEOPLE", "DEMENTIA"))),
            Map.entry("Bowls Club", new Kind("SPORT_AND_EXERCISE", "Anyone, including wheelchair users", null,
                    List.of("PHYSICAL_DISABILITY"))));

    /** Where spokes meet; hubs are buildings of their own. */
    static final List<String> VENUES = List.of("Village Hall", "Community Centre", "Library", "Leisure Centre",
            "Methodist Church Hall", "Scout Hut", "Town Hall", "Football Club");

    static final List<String> STREETS = List.of("Market Place", "High Street", "Church Lane", "Station Road",
            "West Street", "Mill Lane", "Salisbury Road", "The Green");

    static final List<String> WHEN = List.of(
            "Monday mornings", "Monday afternoons", "Tuesday mornings", "Tuesday afternoons",
            "Wednesday mornings", "Wednesday evenings", "Thursday mornings", "Thursday afternoons",
            "Friday mornings", "Friday afternoons", "Saturday mornings");

    private DayOpportunityCatalogue() {
    }
}
