package care.circles.pa.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportTypes;
import care.circles.vetting.entity.CheckType;

/**
 * The narrowing choices of a PA search. A PA must offer every chosen kind of support, be free
 * at every chosen time and have every chosen check verified; for languages and gender any chosen value will do. Someone asking
 * for a self-employed (or employed) PA also gets PAs happy with either.
 */
public record PaFilters(Set<String> skills, Set<Language> languages, Set<Gender> genders,
                        Set<EmploymentPreference> employment, boolean withCar, Set<AvailabilitySlot> available,
                        Set<CheckType> checks) {

    public static final PaFilters NONE = new PaFilters(Set.of(), EnumSet.noneOf(Language.class),
            EnumSet.noneOf(Gender.class), EnumSet.noneOf(EmploymentPreference.class), false, new TreeSet<>(),
            EnumSet.noneOf(CheckType.class));

    /**
     * Reads filter values as a query string carries them: repeated parameters, comma-separated
     * lists, or both; codes in any case.
     *
     * @throws InvalidInputException naming each parameter with a value we do not know
     */
    public static PaFilters of(Collection<String> skills, Collection<String> languages, Collection<String> genders,
                               Collection<String> employment, String car, Collection<String> available,
                               Collection<String> checks, SupportTypes types) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> chosenSkills = new TreeSet<>();
        for (String code : split(skills)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (types.find(upper).isEmpty()) {
                problems.add(new FieldProblem("skills", "'" + code + "' is not one we know: use a kind of support,"
                        + " like DEMENTIA or MEALS"));
                break;
            }
            chosenSkills.add(upper);
        }
        Set<Language> chosenLanguages = codes(languages, Language.class, "languages", "a language, like POLISH", problems);
        Set<Gender> chosenGenders = codes(genders, Gender.class, "gender", "WOMAN, MAN or NON_BINARY", problems);
        Set<EmploymentPreference> chosenEmployment = codes(employment, EmploymentPreference.class, "employment",
                "SELF_EMPLOYED, EMPLOYED or EITHER", problems);
        boolean withCar = false;
        if (car != null && !car.isBlank()) {
            switch (car.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> withCar = true;
                case "false", "no", "any" -> withCar = false;
                default -> problems.add(new FieldProblem("car", "car must be true or false"));
            }
        }
        Set<AvailabilitySlot> slots = new TreeSet<>();
        for (String code : split(available)) {
            try {
                slots.add(AvailabilitySlot.parse(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("available", "'" + code + "' is not a day and part of day: use codes like MONDAY_MORNING"));
                break;
            }
        }
        Set<CheckType> chosenChecks = codes(checks, CheckType.class, "checks", "a check, like ENHANCED_DBS or IDENTITY",
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PaFilters(chosenSkills, chosenLanguages, chosenGenders, chosenEmployment, withCar, slots,
                chosenChecks);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static <E extends Enum<E>> Set<E> codes(Collection<String> values, Class<E> type, String field,
                                                    String example, List<FieldProblem> problems) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : split(values)) {
            try {
                chosen.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(field, "'" + value + "' is not one we know: use " + example));
                break;
            }
        }
        return chosen;
    }

    private static List<String> split(Collection<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null) {
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            parts.add(part.strip());
                        }
                    }
                }
            }
        }
        return parts;
    }
}
