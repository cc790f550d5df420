package care.circles.provider.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

import care.circles.pa.entity.PaSearchCriteria;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * One search of the organisations, checked. Words, place, distance and paging follow the PA
 * search's rules and messages; organisations add what they offer, their type and three
 * accreditation filters.
 *
 * @param offers       support or activity codes: an organisation offering any of them matches
 * @param accredited   only organisations with an accreditation in force
 * @param framework    only members of the Dorset Care Framework
 * @param isfProvider  only organisations accredited to hold individual service funds
 */
public record ProviderSearchCriteria(String words, Place near, int radiusKm, Set<String> offers,
                                     OrganisationType type, boolean accredited, boolean framework,
                                     boolean isfProvider, ProviderOrder order, int page, int size) {

    public ProviderSearchCriteria {
        offers = Set.copyOf(offers);
    }

    /**
     * @param known whether a code is a support type or activity we know
     * @throws InvalidInputException naming each parameter that is wrong
     */
    public static ProviderSearchCriteria of(String q, String near, String radiusKm, Collection<String> offerCodes,
                                            String type, String accredited, String framework, String isf, String sort,
                                            String page, String size, Function<String, Optional<Place>> findPlace,
                                            Predicate<String> known) {
        List<FieldProblem> problems = new ArrayList<>();
        PaSearchCriteria common = null;
        try {
            common = PaSearchCriteria.of(q, near, radiusKm, null, page, size, findPlace);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Set<String> offers = new TreeSet<>();
        if (offerCodes != null) {
            for (String value : offerCodes) {
                for (String code : value == null ? new String[0] : value.split(",")) {
                    String upper = code.strip().toUpperCase(Locale.ROOT);
                    if (upper.isEmpty()) {
                        continue;
                    }
                    if (!known.test(upper)) {
                        problems.add(new FieldProblem("offers", "'" + code.strip() + "' is not a kind of support or"
                                + " activity we know. Use codes like MEALS or GARDENING_AND_OUTDOORS."));
                        break;
                    }
                    offers.add(upper);
                }
            }
        }
        OrganisationType organisationType = null;
        if (type != null && !type.isBlank()) {
            try {
                organisationType = OrganisationType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("type", "Type must be micro_provider, larger_provider or community_group"));
            }
        }
        boolean hasPlace = common != null ? common.near() != null : near != null && !near.isBlank();
        ProviderOrder order = ProviderOrder.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            try {
                order = ProviderOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
                if (order == ProviderOrder.DISTANCE && !hasPlace) {
                    problems.add(new FieldProblem("sort", "Sorting by distance needs a place in near"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("sort", "Sort must be relevance, distance or name"));
            }
        }
        boolean onlyAccredited = flag(accredited, "accredited", problems);
        boolean onlyFramework = flag(framework, "framework", problems);
        boolean onlyIsf = flag(isf, "isf", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProviderSearchCriteria(common.words(), common.near(), common.radiusKm(), offers, organisationType,
                onlyAccredited, onlyFramework, onlyIsf, order, common.page(), common.size());
    }

    private static boolean flag(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        problems.add(new FieldProblem(field, field + " must be true or false"));
        return false;
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
