package care.circles.seeds;

import java.util.List;
import java.util.Random;

/**
 * The rest of a demo PA's profile: languages, gender, transport, travel, hours, how they want
 * to work and their usual week. Codes match the web application's enums and the database's
 * check constraints.
 */
public record DemoPaDetails(List<String> languages, String gender, boolean hasCar, boolean hasDrivingLicence,
                            int travelKm, Integer hoursWanted, String employment, List<String> availability) {

    private static final String[] OTHER_LANGUAGES = {"POLISH", "ROMANIAN", "PORTUGUESE", "BRITISH_SIGN_LANGUAGE",
        "MAKATON", "SPANISH", "BULGARIAN", "TAGALOG", "PUNJABI", "URDU", "FRENCH", "ITALIAN"};
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};
    private static final String[] PARTS = {"MORNING", "AFTERNOON", "EVENING", "NIGHT"};

    public DemoPaDetails {
        languages = List.copyOf(languages);
        availability = List.copyOf(availability);
    }

    /** The demo PA account's own details, fixed so the README and tests can rely on them. */
    static DemoPaDetails forDemoPa() {
        return new DemoPaDetails(List.of("ENGLISH"), "WOMAN", true, true, 20, 25, "SELF_EMPLOYED",
                List.of("MONDAY_MORNING", "MONDAY_AFTERNOON", "WEDNESDAY_MORNING", "WEDNESDAY_AFTERNOON",
                        "FRIDAY_MORNING"));
    }

    static DemoPaDetails generate(Random random) {
        List<String> languages = new java.util.ArrayList<>(List.of("ENGLISH"));
        if (random.nextInt(100) < 18) {
            languages.add(OTHER_LANGUAGES[random.nextInt(OTHER_LANGUAGES.length)]);
        }
        int genderRoll = random.nextInt(100);
        String gender = genderRoll < 68 ? "WOMAN" : genderRoll < 94 ? "MAN" : genderRoll < 97 ? "NON_BINARY" : "NOT_SAID";
        boolean licence = random.nextInt(100) < 75;
        boolean car = licence && random.nextInt(100) < 80;
        int travelKm = car ? 10 + 5 * random.nextInt(6) : 3 + random.nextInt(6);
        Integer hours = random.nextInt(4) == 0 ? null : 8 + 4 * random.nextInt(8);
        int employmentRoll = random.nextInt(100);
        String employment = employmentRoll < 45 ? "SELF_EMPLOYED" : employmentRoll < 70 ? "EMPLOYED" : "EITHER";
        List<String> availability = new java.util.ArrayList<>();
        for (int day = 0; day < DAYS.length; day++) {
            boolean weekend = day >= 5;
            for (int part = 0; part < PARTS.length; part++) {
                int chance = part == 3 ? 8 : weekend ? 30 : part == 2 ? 35 : 60;
                if (random.nextInt(100) < chance) {
                    availability.add(DAYS[day] + "_" + PARTS[part]);
                }
            }
        }
        return new DemoPaDetails(languages, gender, car, licence, travelKm, hours, employment, availability);
    }
}
