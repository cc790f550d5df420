package care.circles.dayopportunity.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import care.circles.pa.entity.PaSearchCriteria;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * One search of day opportunities, checked. Words, place, distance and paging are read exactly
 * as the PA search reads them, so every search box answers a typo or an unknown town the same way.
 */
public record DayOpportunitySearchCriteria(String words, Place near, int radiusKm, DayOpportunityOrder order, int page,
                                           int size, DayOpportunityFilters filters) {

    /** The parameters exactly as they arrived, from the search page or the API. */
    public record Typed(String q, String near, String radiusKm, String sort, String page, String size,
                        Collection<String> kind, Collection<String> category, Collection<String> day, String free,
                        Collection<String> price, Collection<String> facilities, String carersBreaks) {

        public static Typed words(String q, String near, String radiusKm, String page, String size) {
            return new Typed(q, near, radiusKm, null, page, size, List.of(), List.of(), List.of(), null, List.of(),
                    List.of(), null);
        }
    }

    /** @throws InvalidInputException naming every parameter that is wrong */
    public static DayOpportunitySearchCriteria of(Typed typed, Function<String, Optional<Place>> findPlace) {
        List<FieldProblem> problems = new ArrayList<>();
        PaSearchCriteria where = null;
        try {
            where = PaSearchCriteria.of(typed.q(), typed.near(), typed.radiusKm(), null, typed.page(), typed.size(),
                    findPlace);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        DayOpportunityOrder order = DayOpportunityOrder.RELEVANCE;
        if (typed.sort() != null && !typed.sort().isBlank()) {
            try {
                order = DayOpportunityOrder.valueOf(typed.sort().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("sort", "Sort must be relevance, distance or price"));
            }
            if (order == DayOpportunityOrder.DISTANCE && (typed.near() == null || typed.near().isBlank())) {
                problems.add(new FieldProblem("sort", "Nearest first needs a place: enter your town or postcode district"));
            }
        }
        DayOpportunityFilters filters = DayOpportunityFilters.NONE;
        try {
            filters = DayOpportunityFilters.of(typed.kind(), typed.category(), typed.day(), typed.free(),
                    typed.price(), typed.facilities(), typed.carersBreaks());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DayOpportunitySearchCriteria(where.words(), where.nearPlace().orElse(null), where.radiusKm(), order,
                where.page(), where.size(), filters);
    }

    public Optional<Place> nearPlace() {
        return Optional.ofNullable(near);
    }

    public boolean hasWords() {
        return !words.isEmpty();
    }

    public int offset() {
        return (page - 1) * size;
    }
}
