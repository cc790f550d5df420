package care.circles.pa.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * One search of the PA register, checked: the page and the API both build it from what was
 * typed, so both give the same answers and the same error messages.
 */
public record PaSearchCriteria(String words, Place near, int radiusKm, SearchOrder order, int page, int size,
                               PaFilters filters) {

    public static final int DEFAULT_RADIUS_KM = 15;
    public static final int MAX_RADIUS_KM = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WORDS = 200;
    /** Elasticsearch answers at most 10,000 hits deep without a scroll. */
    static final int DEEPEST_RESULT = 10_000;

    /**
     * @param findPlace resolves the typed town or postcode district against the gazetteer
     * @throws InvalidInputException naming each parameter that is wrong
     */
    public static PaSearchCriteria of(String q, String near, String radiusKm, String sort, String page, String size,
                                      Function<String, Optional<Place>> findPlace) {
        return of(q, near, radiusKm, sort, page, size, PaFilters.NONE, findPlace);
    }

    public static PaSearchCriteria of(String q, String near, String radiusKm, String sort, String page, String size,
                                      PaFilters filters, Function<String, Optional<Place>> findPlace) {
        List<FieldProblem> problems = new ArrayList<>();
        String words = q == null ? "" : q.strip();
        if (words.length() > MAX_WORDS) {
            problems.add(new FieldProblem("q", "Search words must be " + MAX_WORDS + " characters or fewer"));
        }
        Place place = null;
        if (near != null && !near.isBlank()) {
            place = findPlace.apply(near).orElse(null);
            if (place == null) {
                problems.add(new FieldProblem("near", "We could not find '" + near.strip()
                        + "'. Enter a town, like Dorchester, or a postcode district, like DT1."));
            }
        }
        int radius = number(radiusKm, "radiusKm", DEFAULT_RADIUS_KM, 1, MAX_RADIUS_KM,
                "Distance must be a whole number of kilometres from 1 to " + MAX_RADIUS_KM, problems);
        if (radiusKm != null && !radiusKm.isBlank() && (near == null || near.isBlank())) {
            problems.add(new FieldProblem("radiusKm", "A distance needs a place: enter a town or postcode district in near"));
        }
        int pageNumber = number(page, "page", 1, 1, DEEPEST_RESULT, "Page must be a whole number from 1", problems);
        int pageSize = number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE,
                "Size must be a whole number from 1 to " + MAX_SIZE, problems);
        SearchOrder order = order(sort, place != null, problems);
        if (problems.isEmpty() && (long) pageNumber * pageSize > DEEPEST_RESULT) {
            problems.add(new FieldProblem("page", "That page is too deep: narrow the search instead"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PaSearchCriteria(words, place, radius, order, pageNumber, pageSize, filters);
    }

    /** The same search a wider distance away, for an empty page's suggestion. */
    public PaSearchCriteria widenedTo(int km) {
        return new PaSearchCriteria(words, near, km, order, 1, size, filters);
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

    private static SearchOrder order(String sort, boolean hasPlace, List<FieldProblem> problems) {
        if (sort == null || sort.isBlank()) {
            return SearchOrder.RELEVANCE;
        }
        try {
            SearchOrder order = SearchOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            if (order == SearchOrder.DISTANCE && !hasPlace) {
                problems.add(new FieldProblem("sort", "Sorting by distance needs a place in near"));
            }
            return order;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("sort", "Sort must be relevance, distance or rate"));
            return SearchOrder.RELEVANCE;
        }
    }

    private static int number(String text, String field, int fallback, int min, int max, String message,
                              List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
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
