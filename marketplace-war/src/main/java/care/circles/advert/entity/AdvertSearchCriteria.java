package care.circles.advert.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import care.circles.pa.entity.PaSearchCriteria;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportTypes;

/**
 * One search of the published job adverts, checked. Words, place, distance and paging follow
 * the very rules (and messages) of the PA search, so people meet one behaviour across the site;
 * adverts add a skills filter and a newest-first order.
 */
public record AdvertSearchCriteria(String words, Place near, int radiusKm, Set<String> skills, AdvertOrder order,
                                   int page, int size) {

    public AdvertSearchCriteria {
        skills = Set.copyOf(skills);
    }

    /**
     * @param skillCodes skill codes such as MEALS, each value possibly a comma-separated list
     * @throws InvalidInputException naming each parameter that is wrong
     */
    public static AdvertSearchCriteria of(String q, String near, String radiusKm, Collection<String> skillCodes,
                                          String sort, String page, String size,
                                          Function<String, Optional<Place>> findPlace, SupportTypes types) {
        List<FieldProblem> problems = new ArrayList<>();
        PaSearchCriteria common = null;
        try {
            common = PaSearchCriteria.of(q, near, radiusKm, null, page, size, findPlace);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Set<String> skills = skills(skillCodes, types, problems);
        boolean hasPlace = common != null ? common.near() != null : near != null && !near.isBlank();
        AdvertOrder order = order(sort, hasPlace, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AdvertSearchCriteria(common.words(), common.near(), common.radiusKm(), skills, order,
                common.page(), common.size());
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

    private static Set<String> skills(Collection<String> codes, SupportTypes types, List<FieldProblem> problems) {
        Set<String> skills = new java.util.TreeSet<>();
        if (codes == null) {
            return skills;
        }
        for (String value : codes) {
            for (String code : value == null ? new String[0] : value.split(",")) {
                if (code.isBlank()) {
                    continue;
                }
                String upper = code.strip().toUpperCase(Locale.ROOT);
                if (types.find(upper).isEmpty()) {
                    problems.add(new FieldProblem("skills", "'" + code.strip()
                            + "' is not a kind of support we know. Use codes like MEALS or COMPANIONSHIP."));
                    return skills;
                }
                skills.add(upper);
            }
        }
        return skills;
    }

    private static AdvertOrder order(String sort, boolean hasPlace, List<FieldProblem> problems) {
        if (sort == null || sort.isBlank()) {
            return AdvertOrder.RELEVANCE;
        }
        try {
            AdvertOrder order = AdvertOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            if (order == AdvertOrder.DISTANCE && !hasPlace) {
                problems.add(new FieldProblem("sort", "Sorting by distance needs a place in near"));
            }
            return order;
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("sort", "Sort must be relevance, distance or newest"));
            return AdvertOrder.RELEVANCE;
        }
    }
}
