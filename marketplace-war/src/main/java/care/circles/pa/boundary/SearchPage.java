package care.circles.pa.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import care.circles.pa.control.PaSearch;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.pa.entity.Gender;
import care.circles.pa.entity.Language;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchParameters;
import care.circles.pa.entity.PaSearchResults.FacetCount;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PartOfDay;
import care.circles.pa.entity.SearchOrder;
import care.circles.pa.entity.WeeklyAvailability;
import care.circles.payments.Money;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageLink;
import care.circles.platform.SpokenDate;
import care.circles.search.entity.NothingFoundNearby;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportTypes;
import care.circles.vetting.entity.CheckType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public search page. A plain GET form, so results can be bookmarked and shared. */
@Named
@RequestScoped
public class SearchPage {

    private static final List<String> PARAMETERS =
            List.of("q", "near", "radiusKm", "sort", "skills", "languages", "gender", "employment", "car", "available",
                    "checks");
    private static final int[] WIDER = {25, 40, 60, 100};

    @Inject
    PaSearch search;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Event<NothingFoundNearby> nothingFound;

    private Map<String, List<String>> chosen = Map.of();
    private PaSearchCriteria criteria;
    private PaSearchResults results;
    private boolean unavailable;
    private Integer widerKm;
    private long widerTotal;
    // Worked out once per page, on first use.
    private List<FilterChoice> skillOptions;
    private List<FilterChoice> checkOptions;
    private List<FilterChoice> languageOptions;
    private List<FilterChoice> genderOptions;
    private List<AvailabilityRow> availabilityRows;
    private List<ResultCard> cards;

    /** Runs on page load. */
    public void load() {
        chosen = new LinkedHashMap<>();
        Map<String, String[]> request = faces.getExternalContext().getRequestParameterValuesMap();
        for (String name : PARAMETERS) {
            String[] values = request.get(name);
            chosen.put(name, values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).toList());
        }
        String near = first("near");
        boolean hasPlace = near != null;
        // The form always sends a distance and an order; without a place neither applies.
        String order = !hasPlace && "distance".equalsIgnoreCase(first("sort")) ? null : first("sort");
        String page = first("page", request);
        try {
            criteria = new PaSearchParameters(first("q"), near, hasPlace ? first("radiusKm") : null, order, page, null,
                    chosen.get("skills"), chosen.get("languages"), chosen.get("gender"), chosen.get("employment"),
                    first("car"), chosen.get("available"), chosen.get("checks")).toCriteria(gazetteer::find, taxonomy.current());
            results = search.find(criteria);
            if (results.total() == 0 && hasPlace) {
                criteria.nearPlace().ifPresent(place -> nothingFound.fire(
                        new NothingFoundNearby(NothingFoundNearby.Kind.PA, place.id())));
                suggestWiderDistance();
            }
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SearchUnavailableException e) {
            unavailable = true;
        }
    }

    private void suggestWiderDistance() throws SearchUnavailableException {
        for (int km : WIDER) {
            if (km > criteria.radiusKm()) {
                long found = search.find(criteria.widenedTo(km)).total();
                if (found > 0) {
                    widerKm = km;
                    widerTotal = found;
                    return;
                }
            }
        }
    }

    private String first(String name) {
        List<String> values = chosen.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static String first(String name, Map<String, String[]> request) {
        String[] values = request.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0];
    }

    public boolean isSearched() {
        return results != null;
    }

    public boolean isUnavailable() {
        return unavailable;
    }

    private List<PaHit> items() {
        return results == null ? List.of() : results.items();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public String getSummary() {
        if (results == null) {
            return "";
        }
        String count = results.total() == 1 ? "1 personal assistant" : results.total() + " personal assistants";
        StringBuilder summary = new StringBuilder(count);
        if (criteria.hasWords()) {
            summary.append(" matching \u2018").append(criteria.words()).append('\u2019');
        }
        criteria.nearPlace().ifPresent(p -> summary.append(" within ").append(criteria.radiusKm())
                .append(" km of ").append(p.name()));
        return summary.toString();
    }

    public Integer getWiderKm() {
        return widerKm;
    }

    public long getWiderTotal() {
        return widerTotal;
    }

    public String getWiderLink() {
        return widerKm == null ? null : link(Map.of("radiusKm", List.of(String.valueOf(widerKm))), 1);
    }

    private List<FacetCount> facet(String name) {
        return results == null ? List.of() : results.facet(name);
    }

    public List<FilterChoice> getSkillOptions() {
        if (skillOptions == null) {
            skillOptions = choices("skills", taxonomy.current().active().stream()
                    .map(s -> new FacetCount(s.code(), s.label(), 0)).toList(), false);
        }
        return skillOptions;
    }

    public List<FilterChoice> getCheckOptions() {
        if (checkOptions == null) {
            checkOptions = choices("checks", Arrays.stream(CheckType.values())
                    .map(c -> new FacetCount(c.name(), c.label(), 0)).toList(), false);
        }
        return checkOptions;
    }

    /** Only languages some result speaks, and any already ticked. */
    public List<FilterChoice> getLanguageOptions() {
        if (languageOptions == null) {
            languageOptions = choices("languages", Arrays.stream(Language.values())
                    .map(l -> new FacetCount(l.name(), l.getLabel(), 0)).toList(), true);
        }
        return languageOptions;
    }

    public List<FilterChoice> getGenderOptions() {
        if (genderOptions == null) {
            genderOptions = choices("gender", Arrays.stream(Gender.values()).filter(g -> g != Gender.NOT_SAID)
                    .map(g -> new FacetCount(g.name(), g.getLabel(), 0)).toList(), false);
        }
        return genderOptions;
    }

    /** Every option with its count among the results (0 when none has it), ticked as the search asked. */
    private List<FilterChoice> choices(String facet, List<FacetCount> all, boolean onlyFoundOrTicked) {
        Map<String, Long> counts = facet(facet).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
        List<FilterChoice> choices = new ArrayList<>();
        for (FacetCount option : all) {
            long count = counts.getOrDefault(option.value(), 0L);
            boolean ticked = isChosen(facet, option.value());
            if (!onlyFoundOrTicked || count > 0 || ticked) {
                choices.add(new FilterChoice(facet, option.value(), option.label() + " (" + count + ")", ticked));
            }
        }
        return choices;
    }

    /** The week as rows of a table: a day, then a box for each part of it. */
    public List<AvailabilityRow> getAvailabilityRows() {
        if (availabilityRows == null) {
            availabilityRows = Arrays.stream(java.time.DayOfWeek.values()).map(day -> new AvailabilityRow(
                    day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK),
                    WeeklyAvailability.everySlot().stream().filter(slot -> slot.day() == day)
                            .map(slot -> new FilterChoice("available", slot.code(), slot.label(),
                                    isChosen("available", slot.code())))
                            .toList())).toList();
        }
        return availabilityRows;
    }

    /** One row of the availability table. */
    public static final class AvailabilityRow {
        private final String day;
        private final List<FilterChoice> slots;

        AvailabilityRow(String day, List<FilterChoice> slots) {
            this.day = day;
            this.slots = slots;
        }

        /** "Mon". */
        public String getDay() {
            return day;
        }

        public List<FilterChoice> getSlots() {
            return slots;
        }
    }

    /** This page of results, each with the texts it shows. */
    public List<ResultCard> getResults() {
        if (cards == null) {
            SupportTypes types = taxonomy.current();
            cards = items().stream().map(pa -> new ResultCard(pa.id(), pa.displayName(),
                    pa.distanceKm() == null ? pa.town() : pa.town() + ", " + pa.distanceKm() + " km away",
                    Money.ofPence(pa.hourlyRatePence()).toString(),
                    pa.skills().stream().map(types::label).collect(Collectors.joining(", ")),
                    languageLabels(pa.languages()),
                    pa.reviewsText(),
                    pa.checks().stream().map(SearchPage::badgeText).toList(),
                    pa.hasPhoto())).toList();
        }
        return cards;
    }

    public long count(String facet, String value) {
        return facet(facet).stream().filter(f -> f.value().equals(value)).mapToLong(FacetCount::count).findFirst().orElse(0);
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

    public List<PartOfDay> getPartsOfDay() {
        return List.of(PartOfDay.values());
    }

    public int getPageNumber() {
        return criteria == null ? 1 : criteria.page();
    }

    public int getLastPage() {
        return criteria == null || results == null ? 1
                : (int) Math.max(1, Math.min((results.total() + criteria.size() - 1) / criteria.size(),
                10_000 / criteria.size()));
    }

    public boolean isHasPrevious() {
        return getPageNumber() > 1;
    }

    public boolean isHasNext() {
        return getPageNumber() < getLastPage();
    }

    /** A link to another page of the same search, every value URL-encoded. */
    public String pageLink(int pageNumber) {
        return link(Map.of(), pageNumber);
    }

    private String link(Map<String, List<String>> overrides, int pageNumber) {
        PageLink link = PageLink.to(pageNumber);
        for (String name : PARAMETERS) {
            link.withEach(name, overrides.getOrDefault(name, chosen.getOrDefault(name, List.of())));
        }
        return link.toString();
    }

    /** The same words, place and distance without any filter. */
    public String getClearLink() {
        PageLink link = PageLink.to(1);
        for (String name : List.of("q", "near", "radiusKm", "sort")) {
            link.withEach(name, chosen.getOrDefault(name, List.of()));
        }
        return link.toString();
    }

    /** "Enhanced DBS check, verified 1 October 2026". */
    private static String badgeText(PaSearchResults.CheckBadge badge) {
        return badge.label() + ", verified " + SpokenDate.of(java.time.LocalDate.parse(badge.verifiedOn()));
    }

    private static String languageLabels(List<String> codes) {
        return codes.stream().map(code -> {
            try {
                return Language.valueOf(code).getLabel();
            } catch (IllegalArgumentException e) {
                return code;
            }
        }).collect(Collectors.joining(", "));
    }

    public List<SearchOrder> getOrders() {
        return List.of(SearchOrder.values());
    }

    public List<Integer> getRadii() {
        return List.of(5, 10, 15, 25, 40, 60, 100);
    }

    public int getRadius() {
        return criteria == null ? PaSearchCriteria.DEFAULT_RADIUS_KM : criteria.radiusKm();
    }

    public String getSort() {
        return criteria == null ? "relevance" : criteria.order().name().toLowerCase(java.util.Locale.ROOT);
    }
}
