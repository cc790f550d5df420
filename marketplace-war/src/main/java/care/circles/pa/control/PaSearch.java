package care.circles.pa.control;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.microprofile.metrics.annotation.Timed;

import care.circles.pa.entity.EmploymentPreference;
import care.circles.pa.entity.Gender;
import care.circles.pa.entity.Language;
import care.circles.pa.entity.PaFilters;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PaSearchResults.CheckBadge;
import care.circles.pa.entity.PaSearchResults.FacetCount;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.Platform;
import care.circles.search.control.SearchConnection;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportTypes;
import care.circles.vetting.entity.CheckType;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Searches the PA register in Elasticsearch: words (stemmed, typo-tolerant), distance from a
 * place, filters, and counts for each filter value among the results.
 */
@ApplicationScoped
public class PaSearch {

    /** Facet name → the indexed field it counts (the facet's name too), and how its values read to people. */
    private static final Map<String, Function<String, String>> FIXED_FACETS = new LinkedHashMap<>();

    static {
        FIXED_FACETS.put("languages", code -> Language.valueOf(code).getLabel());
        FIXED_FACETS.put("gender", code -> Gender.valueOf(code).getLabel());
        FIXED_FACETS.put("employment", code -> EmploymentPreference.valueOf(code).getLabel());
        FIXED_FACETS.put("checks", code -> CheckType.valueOf(code).label());
    }

    /** Facets whose indexed field is not named like the facet. */
    private static final Map<String, String> FIELDS = Map.of("checks", "checks.type");

    @Inject
    SearchConnection connection;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Clock clock;

    private Map<String, Function<String, String>> facets() {
        SupportTypes types = taxonomy.current();
        Map<String, Function<String, String>> facets = new LinkedHashMap<>();
        facets.put("skills", types::label);
        facets.putAll(FIXED_FACETS);
        return facets;
    }

    @Timed(name = "pa_search", description = "Time to answer one PA search from Elasticsearch")
    public PaSearchResults find(PaSearchCriteria criteria) throws SearchUnavailableException {
        Query query = Query.of(q -> q.bool(b -> {
            if (criteria.hasWords()) {
                b.must(m -> m.match(t -> t.field("everything").query(criteria.words())
                        .operator(Operator.And).fuzziness("AUTO")));
                b.should(s -> s.match(t -> t.field("displayName").query(criteria.words()).boost(3f)));
                b.should(s -> s.match(t -> t.field("skillLabels").query(criteria.words()).boost(2f)));
            }
            return b.filter(filtersFor(criteria));
        }));
        Map<String, Function<String, String>> facets = facets();
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        facets.keySet().forEach(name -> aggregations.put(name,
                Aggregation.of(a -> a.terms(t -> t.field(FIELDS.getOrDefault(name, name)).size(100)))));
        aggregations.put("withCar", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("hasCar").value(true)))));
        List<ShownListing> listings;
        long total;
        Map<String, List<FacetCount>> counted;
        try {
            SearchResponse<ShownListing> response = connection.cluster().client().search(s -> s
                    .index(PaListing.INDEX)
                    .source(src -> src.filter(f -> f.includes(ShownListing.FIELDS)))
                    .query(query)
                    .sort(sortFor(criteria))
                    .from(criteria.offset())
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations(aggregations), ShownListing.class);
            listings = response.hits().hits().stream().map(Hit::source).toList();
            total = response.hits().total() == null ? listings.size() : response.hits().total().value();
            counted = counts(facets, response.aggregations());
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
        Place near = criteria.nearPlace().orElse(null);
        String today = LocalDate.now(clock.withZone(Platform.UK)).toString();
        List<PaHit> items = listings.stream().map(listing -> toHit(listing, near, today)).toList();
        return new PaSearchResults(total, items, counted);
    }

    private static List<Query> filtersFor(PaSearchCriteria criteria) {
        List<Query> filters = new ArrayList<>();
        criteria.nearPlace().ifPresent(place -> filters.add(Query.of(q -> q.geoDistance(g -> g
                .field("location")
                .distance(criteria.radiusKm() + "km")
                .location(l -> l.latlon(ll -> ll.lat(place.point().latitude()).lon(place.point().longitude())))))));
        PaFilters chosen = criteria.filters();
        chosen.skills().forEach(skill -> filters.add(term("skills", skill)));
        chosen.available().forEach(slot -> filters.add(term("availability", slot.code())));
        chosen.checks().forEach(check -> filters.add(term("checks.type", check.name())));
        anyOf("languages", chosen.languages().stream().map(Enum::name).toList()).ifPresent(filters::add);
        anyOf("gender", chosen.genders().stream().map(Enum::name).toList()).ifPresent(filters::add);
        if (!chosen.employment().isEmpty()) {
            List<String> acceptable = new ArrayList<>(chosen.employment().stream().map(Enum::name).toList());
            acceptable.add(EmploymentPreference.EITHER.name());
            anyOf("employment", acceptable).ifPresent(filters::add);
        }
        if (chosen.withCar()) {
            filters.add(Query.of(q -> q.term(t -> t.field("hasCar").value(true))));
        }
        return filters;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static java.util.Optional<Query> anyOf(String field, List<String> values) {
        if (values.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<FieldValue> terms = Set.copyOf(values).stream().map(FieldValue::of).toList();
        return java.util.Optional.of(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }

    private static Map<String, List<FacetCount>> counts(Map<String, Function<String, String>> facets,
                                                        Map<String, Aggregate> aggregates) {
        Map<String, List<FacetCount>> counted = new LinkedHashMap<>();
        facets.forEach((name, label) -> {
            List<FacetCount> counts = new ArrayList<>();
            for (StringTermsBucket bucket : aggregates.get(name).sterms().buckets().array()) {
                String code = bucket.key().stringValue();
                counts.add(new FacetCount(code, labelOf(label, code), bucket.docCount()));
            }
            counted.put(name, counts);
        });
        counted.put("car", List.of(new FacetCount("true", "Has a car", aggregates.get("withCar").filter().docCount())));
        return counted;
    }

    private static String labelOf(Function<String, String> label, String code) {
        try {
            return label.apply(code);
        } catch (IllegalArgumentException retiredCode) {
            return code;
        }
    }

    private static List<SortOptions> sortFor(PaSearchCriteria criteria) {
        List<SortOptions> sort = new ArrayList<>();
        SortOptions byScore = SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)));
        SortOptions byRate = SortOptions.of(o -> o.field(f -> f.field("hourlyRatePence").order(SortOrder.Asc)));
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        Place near = criteria.nearPlace().orElse(null);
        SortOptions byDistance = near == null ? null : SortOptions.of(o -> o.geoDistance(g -> g
                .field("location")
                .location(l -> l.latlon(ll -> ll.lat(near.point().latitude()).lon(near.point().longitude())))
                .order(SortOrder.Asc)
                .unit(DistanceUnit.Kilometers)));
        switch (criteria.order()) {
            case DISTANCE -> {
                sort.add(byDistance);
                sort.add(byScore);
            }
            case RATE -> {
                sort.add(byRate);
                sort.add(byScore);
            }
            default -> {
                sort.add(byScore);
                if (byDistance != null) {
                    sort.add(byDistance);
                }
            }
        }
        sort.add(byId);
        return sort;
    }

    /**
     * A result as shown. A badge whose check expired since the listing was indexed is left out at
     * once ({@code today} as an ISO date); the nightly sweep then sends the PA's listing again (and their counts in the filters).
     */
    static PaHit toHit(ShownListing listing, Place near, String today) {
        Double distance = null;
        if (near != null) {
            double km = near.point().kilometresTo(new GeoPoint(listing.location().lat(), listing.location().lon()));
            distance = Math.round(km * 10) / 10.0;
        }
        return new PaHit(listing.id(), listing.displayName(), listing.town(), distance, listing.skills(),
                listing.hourlyRatePence(), listing.languages(), listing.gender(), listing.employment(),
                listing.hasCar(), listing.hasPhoto(), listing.checks().stream()
                        // ISO dates (2026-12-07) sort as text: no parsing per badge on the search path.
                        .filter(b -> b.expiresOn() == null || b.expiresOn().compareTo(today) >= 0)
                        .map(b -> new CheckBadge(b.type(), b.label(), b.verifiedOn(), b.expiresOn())).toList(),
                listing.reviewCount(), listing.averageRating());
    }

    /**
     * The part of a {@link PaListing} a result shows: only these fields are fetched from the index
     * (not the words about the PA, which are searched but not shown), named as in the listing.
     */
    record ShownListing(long id, String displayName, String town, PaListing.Location location, List<String> skills,
                        long hourlyRatePence, List<String> languages, String gender, String employment, boolean hasCar,
                        boolean hasPhoto, List<PaListing.Badge> checks, long reviewCount, Double averageRating) {

        static final List<String> FIELDS = java.util.Arrays.stream(ShownListing.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
    }
}
