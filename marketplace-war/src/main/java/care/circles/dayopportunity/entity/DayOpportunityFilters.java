package care.circles.dayopportunity.entity;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * The filters of a day-opportunity search. Within a filter any value matches (a Monday or a
 * Tuesday), except facilities, which must all be there. Values may come comma-separated.
 */
public record DayOpportunityFilters(Set<ListingKind> kinds, Set<Category> categories, Set<DayOfWeek> days,
                                    boolean free, Set<PriceBand> prices, Set<Facility> facilities,
                                    boolean carersBreaks) {

    public static final DayOpportunityFilters NONE =
            new DayOpportunityFilters(Set.of(), Set.of(), Set.of(), false, Set.of(), Set.of(), false);

    public DayOpportunityFilters {
        kinds = Set.copyOf(kinds);
        categories = Set.copyOf(categories);
        days = Set.copyOf(days);
        prices = Set.copyOf(prices);
        facilities = Set.copyOf(facilities);
    }

    /** @throws InvalidInputException naming each filter with a value it does not know */
    public static DayOpportunityFilters of(Collection<String> kind, Collection<String> category,
                                           Collection<String> day, String free, Collection<String> price,
                                           Collection<String> facilities, String carersBreaks) {
        List<FieldProblem> problems = new ArrayList<>();
        DayOpportunityFilters filters = new DayOpportunityFilters(
                Answers.ticked(ListingKind.class, split(kind), "kind", problems),
                Answers.ticked(Category.class, split(category), "category", problems),
                Answers.ticked(DayOfWeek.class, split(day), "day", problems),
                yes(free, "free", problems),
                Answers.ticked(PriceBand.class, split(price), "price", problems),
                Answers.ticked(Facility.class, split(facilities), "facilities", problems),
                yes(carersBreaks, "carersBreaks", problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return filters;
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static List<String> split(Collection<String> values) {
        List<String> codes = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String code : value.split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return codes;
    }

    private static boolean yes(String typed, String field, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank() || "false".equalsIgnoreCase(typed.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(typed.strip())) {
            return true;
        }
        problems.add(new FieldProblem(field, field + " must be true or false"));
        return false;
    }
}
