package care.circles.advert.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportTypes;

/**
 * What a poster writes in a job advert, checked. Built only through {@link #of}, so an advert
 * never holds an unknown town, an empty week, a past start date or a full postcode.
 */
public record AdvertDetails(String title, Place place, WeeklyPattern pattern, Set<String> skills, StartDate startDate,
                            OfferedRate rate, String description) {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 2000;
    /** A whole postcode pinpoints a home; the public text may name a town or district only. */
    private static final Pattern FULL_POSTCODE =
            Pattern.compile("\\b[A-Z]{1,2}[0-9][0-9A-Z]?\\s?[0-9][A-Z]{2}\\b", Pattern.CASE_INSENSITIVE);

    public AdvertDetails {
        skills = Set.copyOf(skills);
    }

    /** The typed form, field by field, as the page and tests send it. */
    public record Typed(String title, String town, Collection<String> slotCodes, String hoursPerWeek,
                        Set<String> skills, String startDay, String startMonth, String startYear, String hourlyRate,
                        String description) {
    }

    /**
     * @param place the gazetteer place the town field resolved to, or null if it did not
     * @param today the council's today, for the start date
     * @param types the council's kinds of support: only those still offered can be chosen
     * @throws InvalidInputException listing every field to fix, in the order of the form
     */
    public static AdvertDetails of(Typed typed, Place place, LocalDate today, SupportTypes types) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = typed.title() == null ? "" : typed.title().strip();
        if (title.isEmpty()) {
            problems.add(new FieldProblem("title", "Enter a title, like Help with meals and getting out in Dorchester"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "The title must be " + MAX_TITLE + " characters or fewer"));
        } else if (FULL_POSTCODE.matcher(title).find()) {
            problems.add(new FieldProblem("title", "Take the full postcode out of the title: give the town only"));
        }
        if (typed.town() == null || typed.town().isBlank()) {
            problems.add(new FieldProblem("town", "Enter the town or postcode district where support is needed, like Dorchester or DT1"));
        } else if (place == null) {
            problems.add(new FieldProblem("town", "We could not find '" + typed.town().strip()
                    + "'. Choose a town from the list or enter a postcode district like DT1."));
        }
        WeeklyPattern pattern = collect(() -> WeeklyPattern.of(typed.slotCodes(), typed.hoursPerWeek()), problems);
        if (typed.skills() == null || typed.skills().isEmpty()) {
            problems.add(new FieldProblem("skills", "Choose at least one kind of support you need"));
        } else if (!typed.skills().stream().allMatch(types::isChoosable)) {
            problems.add(new FieldProblem("skills", "Choose from the kinds of support shown"));
        }
        StartDate start = collect(() -> StartDate.of(typed.startDay(), typed.startMonth(), typed.startYear(), today),
                problems);
        OfferedRate rate = collect(() -> OfferedRate.of(typed.hourlyRate()), problems);
        String description = typed.description() == null ? "" : typed.description().strip();
        if (description.isEmpty()) {
            problems.add(new FieldProblem("description", "Describe the support you need and what matters to you"));
        } else if (description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "The description must be " + MAX_DESCRIPTION
                    + " characters or fewer; it has " + description.length()));
        } else if (FULL_POSTCODE.matcher(description).find()) {
            problems.add(new FieldProblem("description",
                    "Take the full postcode out of the description: the advert is public, so give the town only"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AdvertDetails(title, place, pattern, typed.skills(), start, rate, description);
    }

    private static <T> T collect(Supplier<T> build, List<FieldProblem> problems) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
