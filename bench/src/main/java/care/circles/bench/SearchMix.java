package care.circles.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fixed mix of realistic PA searches, drawn from a seeded random generator so every run
 * sends exactly the same queries in the same order. Words come from the demo profiles
 * (seeds' AboutMeComposer and the skill labels), with a few typos; towns are the council's
 * gazetteer towns, at 5 to 40 km.
 */
public final class SearchMix {

    public static final long SEED = 20_250_101L;

    static final List<String> WORDS = List.of(
            "dementia", "cooking", "companionship", "gardening", "swimming", "personal care", "driving",
            "autism", "retired nurse", "memory loss", "learning disabilities", "medication", "hoists",
            "British Sign Language", "walking dog", "music", "meals", "wheelchair", "anxiety", "housework",
            "dementia cooking", "baking crafts", "coast path", "stroke");

    /** Typed as people do: a letter swapped, dropped or doubled. */
    static final List<String> TYPOS = List.of("demenita", "cokking", "compnionship", "gardning", "swiming", "autsim");

    static final List<String> TOWNS = List.of(
            "Dorchester", "Weymouth", "Bridport", "Blandford Forum", "Wimborne Minster", "Ferndown", "Gillingham",
            "Shaftesbury", "Sherborne", "Sturminster Newton", "Swanage", "Wareham", "Lyme Regis", "Verwood",
            "Portland", "Beaminster", "Wool", "Crossways", "Corfe Mullen", "Sixpenny Handley");

    static final int[] RADII_KM = {5, 10, 15, 25, 40};

    static final List<String> SKILLS = List.of("DEMENTIA", "MEALS", "PERSONAL_CARE", "COMPANIONSHIP", "DRIVING");

    static final List<String> SLOTS = List.of("MONDAY_MORNING", "TUESDAY_AFTERNOON", "WEDNESDAY_MORNING",
            "FRIDAY_EVENING", "SATURDAY_MORNING");

    private SearchMix() {
    }

    /** The first {@code count} searches of the mix; the same list every time. */
    public static List<PaQuery> queries(int count) {
        Random random = new Random(SEED);
        List<PaQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(next(random));
        }
        return queries;
    }

    private static PaQuery next(Random random) {
        double kind = random.nextDouble();
        // 70% words and a town, 15% a town only (browsing nearby), 15% words only.
        boolean words = kind < 0.85;
        boolean town = kind < 0.70 || kind >= 0.85;
        String typed = "";
        if (words) {
            typed = random.nextDouble() < 0.1 ? pick(random, TYPOS) : pick(random, WORDS);
        }
        String place = town ? pick(random, TOWNS) : null;
        int radius = RADII_KM[random.nextInt(RADII_KM.length)];
        String sort = "relevance";
        double order = random.nextDouble();
        if (place != null && (order < 0.3 || !words)) {
            sort = "distance";
        } else if (order > 0.95) {
            sort = "rate";
        }
        List<String> skills = random.nextDouble() < 0.25 ? List.of(pick(random, SKILLS)) : List.of();
        List<String> slots = random.nextDouble() < 0.15 ? List.of(pick(random, SLOTS)) : List.of();
        return new PaQuery(typed, place, radius, sort, skills, slots);
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
