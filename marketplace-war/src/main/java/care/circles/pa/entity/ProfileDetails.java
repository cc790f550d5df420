package care.circles.pa.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import care.circles.payments.Money;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportTypes;

/**
 * What a PA says about themselves, checked. Built only through {@link #of}, so a profile can
 * never hold a missing name, an unknown town, a rate of nothing or a made-up skill.
 */
public record ProfileDetails(String displayName, Place place, Money hourlyRate, String aboutMe, Set<String> skills,
                             Set<Language> languages, Gender gender, boolean hasCar, boolean hasDrivingLicence,
                             int travelKm, Integer hoursWanted, EmploymentPreference employment,
                             WeeklyAvailability availability) {

    public static final int MAX_NAME = 80;
    public static final int MAX_ABOUT = 2000;
    public static final int MAX_TRAVEL_KM = 100;
    public static final int MAX_HOURS = 60;
    static final Money LOWEST_RATE = Money.ofPence(100);
    static final Money HIGHEST_RATE = Money.ofPence(100_00);

    public ProfileDetails {
        skills = Set.copyOf(skills);
        languages = languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages);
    }

    /**
     * @param findPlace resolves the typed town or postcode district against the gazetteer
     * @param types     the council's support types: only those still offered can be chosen
     * @throws InvalidInputException listing every field to fix
     */
    public static ProfileDetails of(ProfileAnswers answers, Function<String, Optional<Place>> findPlace,
                                    SupportTypes types) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = answers.displayName() == null ? "" : answers.displayName().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("displayName", "Enter the name people will see, like Sarah K."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("displayName", "Your display name must be " + MAX_NAME + " characters or fewer"));
        }
        Place place = null;
        String town = answers.town();
        if (town == null || town.isBlank()) {
            problems.add(new FieldProblem("town", "Enter the town or postcode district you work from, like Dorchester or DT1"));
        } else {
            place = findPlace.apply(town).orElse(null);
            if (place == null) {
                problems.add(new FieldProblem("town", "We could not find '" + town.strip()
                        + "'. Choose a town from the list or enter a postcode district like DT1."));
            }
        }
        Money rate = rate(answers.hourlyRate(), problems);
        String about = answers.aboutMe() == null ? "" : answers.aboutMe().strip();
        if (about.isEmpty()) {
            problems.add(new FieldProblem("aboutMe", "Write a few sentences about yourself and the support you give"));
        } else if (about.length() > MAX_ABOUT) {
            problems.add(new FieldProblem("aboutMe", "About me must be " + MAX_ABOUT + " characters or fewer; it has "
                    + about.length()));
        }
        Set<String> skills = new java.util.TreeSet<>();
        for (String code : answers.skills()) {
            if (!types.isChoosable(code)) {
                problems.add(new FieldProblem("skills", "Choose from the kinds of support shown"));
                break;
            }
            skills.add(code);
        }
        if (skills.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("skills"))) {
            problems.add(new FieldProblem("skills", "Choose at least one kind of support you offer"));
        }
        Set<Language> languages = codes(answers.languages(), Language.class, "languages", problems);
        Gender gender = one(answers.gender(), Gender.class, Gender.NOT_SAID, "gender", problems);
        EmploymentPreference employment = one(answers.employment(), EmploymentPreference.class,
                EmploymentPreference.EITHER, "employment", problems);
        int travel = whole(answers.travelKm(), 10, 0, MAX_TRAVEL_KM, "travelKm",
                "Enter how far you will travel as a whole number of kilometres, from 0 to " + MAX_TRAVEL_KM, problems);
        Integer hours = answers.hoursWanted() == null || answers.hoursWanted().isBlank() ? null
                : whole(answers.hoursWanted(), 0, 1, MAX_HOURS, "hoursWanted",
                "Enter the hours you want each week as a whole number from 1 to " + MAX_HOURS, problems);
        WeeklyAvailability availability = WeeklyAvailability.none();
        try {
            availability = WeeklyAvailability.fromCodes(answers.availability());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("availability", "Choose the days and times from the grid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProfileDetails(name, place, rate, about, skills, languages, gender,
                answers.hasCar(), answers.hasDrivingLicence(), travel, hours, employment, availability);
    }

    private static Money rate(String typed, List<FieldProblem> problems) {
        try {
            Money rate = Money.parsePounds(typed);
            if (rate.isLessThan(LOWEST_RATE) || HIGHEST_RATE.isLessThan(rate)) {
                problems.add(new FieldProblem("hourlyRate", "Enter an hourly rate between " + LOWEST_RATE
                        + " and " + HIGHEST_RATE));
            }
            return rate;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("hourlyRate", e.getMessage()));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> codes(Collection<String> typed, Class<E> type, String field,
                                                    List<FieldProblem> problems) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String code : typed) {
            try {
                chosen.add(Enum.valueOf(type, code));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new FieldProblem(field, "Choose from the list shown"));
                return chosen;
            }
        }
        return chosen;
    }

    private static <E extends Enum<E>> E one(String code, Class<E> type, E fallback, String field,
                                             List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Choose one of the options shown"));
            return fallback;
        }
    }

    private static int whole(String typed, int fallback, int min, int max, String field, String message,
                             List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, message));
        return fallback;
    }
}
