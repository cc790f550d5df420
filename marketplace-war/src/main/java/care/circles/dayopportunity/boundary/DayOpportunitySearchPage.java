package care.circles.dayopportunity.boundary;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import care.circles.dayopportunity.control.DayOpportunitySearch;
import care.circles.dayopportunity.entity.Category;
import care.circles.dayopportunity.entity.DayOpportunityOrder;
import care.circles.dayopportunity.entity.DayOpportunitySearchCriteria;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults.Facet;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults.Hit;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults;
import care.circles.dayopportunity.entity.Facility;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.PriceBand;
import care.circles.dayopportunity.entity.SessionPrice;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.PageLink;
import care.circles.search.entity.NothingFoundNearby;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public search of hubs and spokes, with filters and their counts. A plain GET form, so results can be shared. */
@Named
@RequestScoped
public class DayOpportunitySearchPage {

    private static final List<String> PARAMETERS = List.of("q", "near", "radiusKm", "sort", "kind", "category", "day",
            "free", "price", "facilities", "carersBreaks");
    private static final List<Integer> RADII = List.of(5, 10, 15, 25, 50, 100);

    @Inject
    DayOpportunitySearch search;

    @Inject
    Event<NothingFoundNearby> nothingFound;

    @Inject
    Gazetteer gazetteer;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private final Map<String, List<String>> chosen = new LinkedHashMap<>();
    private DayOpportunitySearchCriteria criteria;
    private DayOpportunitySearchResults results;
    private boolean unavailable;

    /** Runs on page load. */
    public void load() {
        Map<String, String[]> request = faces.getExternalContext().getRequestParameterValuesMap();
        for (String name : PARAMETERS) {
            String[] values = request.get(name);
            chosen.put(name, values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).toList());
        }
        boolean hasPlace = first("near") != null;
        // The form always sends a distance and an order; without a place neither applies.
        String order = !hasPlace && "distance".equalsIgnoreCase(first("sort")) ? null : first("sort");
        String[] page = request.get("page");
        try {
            criteria = DayOpportunitySearchCriteria.of(new DayOpportunitySearchCriteria.Typed(first("q"), first("near"),
                    hasPlace ? first("radiusKm") : null, order, page == null ? null : page[0], null, chosen.get("kind"),
                    chosen.get("category"), chosen.get("day"), first("free"), chosen.get("price"),
                    chosen.get("facilities"), first("carersBreaks")), gazetteer::find);
            results = search.find(criteria);
            if (results.total() == 0) {
                criteria.nearPlace().ifPresent(place -> nothingFound.fire(
                        new NothingFoundNearby(NothingFoundNearby.Kind.DAY_OPPORTUNITY, place.id())));
            }
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SearchUnavailableException e) {
            unavailable = true;
        }
    }

    private String first(String name) {
        List<String> values = chosen.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    public boolean isSearched() {
        return results != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    public List<Hit> getItems() {
        return results == null ? List.of() : results.items();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public String getSummary() {
        if (results == null) {
            return "";
        }
        StringBuilder summary = new StringBuilder(results.total() == 1 ? "1 day opportunity"
                : results.total() + " day opportunities");
        if (criteria.hasWords()) {
            summary.append(" matching \u2018").append(criteria.words()).append('\u2019');
        }
        criteria.nearPlace().ifPresent(p -> summary.append(" within ").append(criteria.radiusKm()).append(" km of ")
                .append(p.name()));
        return summary.toString();
    }

    /** Every value of a filter with how many results have it (0 when none do). */
    public List<Facet> options(String facet) {
        Map<String, Long> counts = results == null ? Map.of()
                : results.facet(facet).stream().collect(Collectors.toMap(Facet::value, Facet::count));
        List<Facet> all = switch (facet) {
            case "kind" -> Arrays.stream(ListingKind.values()).map(k -> new Facet(k.name(), k.getLabel(), 0)).toList();
            case "category" -> Arrays.stream(Category.values()).map(c -> new Facet(c.name(), c.getLabel(), 0)).toList();
            case "day" -> Arrays.stream(DayOfWeek.values())
                    .map(d -> new Facet(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK), 0)).toList();
            case "price" -> Arrays.stream(PriceBand.values()).map(b -> new Facet(b.name(), b.getLabel(), 0)).toList();
            case "facilities" -> Arrays.stream(Facility.values()).map(f -> new Facet(f.name(), f.getLabel(), 0)).toList();
            default -> throw new IllegalArgumentException("No such filter: " + facet);
        };
        return all.stream().map(o -> new Facet(o.value(), o.label(), counts.getOrDefault(o.value(), 0L))).toList();
    }

    public long count(String facet) {
        return results == null ? 0 : results.facet(facet).stream().mapToLong(Facet::count).findFirst().orElse(0);
    }

    /** "Within 10 km (12 found)": the distance facet counts, when a place was given. */
    public String radiusLabel(int km) {
        if (results == null || results.facet("distance").isEmpty()) {
            return "Within " + km + " km";
        }
        return results.facet("distance").stream().filter(f -> f.value().equals(String.valueOf(km))).findFirst()
                .map(f -> "Within " + km + " km (" + f.count() + ")").orElse("Within " + km + " km");
    }

    public boolean isChosen(String parameter, String value) {
        return chosen.getOrDefault(parameter, List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .anyMatch(v -> v.strip().equalsIgnoreCase(value));
    }

    public String value(String parameter) {
        return first(parameter);
    }

    public boolean isFiltered() {
        return criteria != null && !criteria.filters().isEmpty();
    }

    public String price(Hit hit) {
        return SessionPrice.of(hit.pricePence(), ListingKind.valueOf(hit.kind())).toString();
    }

    public String kindLabel(Hit hit) {
        return ListingKind.valueOf(hit.kind()).getLabel();
    }

    public String days(Hit hit) {
        return hit.days().stream().map(d -> DayOfWeek.valueOf(d).getDisplayName(TextStyle.FULL, Locale.UK))
                .collect(Collectors.joining(", "));
    }

    public String facilities(Hit hit) {
        return hit.facilities().stream().map(f -> Facility.valueOf(f).getLabel()).collect(Collectors.joining(", "));
    }

    public List<DayOpportunityOrder> getOrders() {
        return List.of(DayOpportunityOrder.values());
    }

    public List<Integer> getRadii() {
        return RADII;
    }

    public int getRadius() {
        return criteria == null ? PaSearchCriteria.DEFAULT_RADIUS_KM : criteria.radiusKm();
    }

    public String getSort() {
        return criteria == null ? "relevance" : criteria.order().name().toLowerCase(Locale.ROOT);
    }

    /** The page of results, for the page links (Elasticsearch answers 10,000 results deep at most). */
    public ListPage<Hit> getPages() {
        return results == null ? new ListPage<>(List.of(), 0, 1, 1)
                : new ListPage<>(results.items(), Math.min(results.total(), 10_000), criteria.page(), criteria.size());
    }

    /** A link to another page of the same search, every value URL-encoded. */
    public String pageLink(int pageNumber) {
        return PageLink.to(pageNumber).withAll(chosen).toString();
    }

    /** The same words, place and distance without any filter. */
    public String getClearLink() {
        PageLink link = PageLink.to(1);
        for (String name : List.of("q", "near", "radiusKm", "sort")) {
            link.withEach(name, chosen.getOrDefault(name, List.of()));
        }
        return link.toString();
    }
}
