package care.circles.pa.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportTypes;

/** A PA search exactly as it arrived, from the search page or the API: nothing checked yet. */
public record PaSearchParameters(String q, String near, String radiusKm, String sort, String page, String size,
                                 List<String> skills, List<String> languages, List<String> gender,
                                 List<String> employment, String car, List<String> available, List<String> checks) {

    public static PaSearchParameters words(String q) {
        return new PaSearchParameters(q, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                null, List.of(), List.of());
    }

    /**
     * @throws InvalidInputException listing every parameter that is wrong, filters included
     */
    public PaSearchCriteria toCriteria(Function<String, Optional<Place>> findPlace, SupportTypes types) {
        List<FieldProblem> problems = new ArrayList<>();
        PaFilters filters = PaFilters.NONE;
        try {
            filters = PaFilters.of(skills, languages, gender, employment, car, available, checks, types);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            PaSearchCriteria criteria = PaSearchCriteria.of(q, near, radiusKm, sort, page, size, filters, findPlace);
            if (problems.isEmpty()) {
                return criteria;
            }
        } catch (InvalidInputException e) {
            problems.addAll(0, e.problems());
        }
        throw new InvalidInputException(problems);
    }
}
