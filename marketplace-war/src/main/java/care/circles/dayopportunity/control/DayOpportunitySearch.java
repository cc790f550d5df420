package care.circles.dayopportunity.control;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.metrics.annotation.Timed;

import care.circles.dayopportunity.entity.Category;
import care.circles.dayopportunity.entity.DayOpportunityFilters;
import care.circles.dayopportunity.entity.DayOpportunitySearchCriteria;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults.Facet;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults.Hit;
import care.circles.dayopportunity.entity.Facility;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.PriceBand;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.search.control.SearchConnection;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Searches hubs and spokes in Elasticsearch: words (stemmed, typo-tolerant), distance from a
 * place, filters, and how many results have each filter value. The distance facet counts what
 * each distance would find, all other filters kept.
 */
@ApplicationScoped
public class DayOpportunitySearch {

    /** Facet name → the indexed field it counts, and how a value reads to people. */
    private static final Map<String, Function<String, String>> TERMS = new LinkedHashMap<>();
    private static final Map<String, String> FIELDS = Map.of("category", "category", "day", "days",
            "facilities", "facilities", "kind", "kind");
    /** Distances the distance facet counts, in kilometres. */
    public static final List<Integer> DISTANCES = List.of(5, 10, 25, 50);

    static {
        TERMS.put("category", code -> Category.valueOf(code).getLabel());
        TERMS.put("day", code -> DayOfWeek.valueOf(code).getDisplayName(TextStyle.FULL, Locale.UK));
        TERMS.put("facilities", code -> Facility.valueOf(code).getLabel());
        TERMS.put("kind", code -> ListingKind.valueOf(code).getLabel());
    }

    @Inject
    SearchConnection connection;

    @Timed(name = "day_opportunity_search", description = "Time to answer one day-opportunity search from Elasticsearch")
    public DayOpportunitySearchResults find(DayOpportunitySearchCriteria criteria) throws SearchUnavailableException {
        Query query = query(criteria, true);
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        TERMS.keySet().forEach(name -> aggregations.put(name,
                Aggregation.of(a -> a.terms(t -> t.field(FIELDS.get(name)).size(50)))));
        aggregations.put("price", Aggregation.of(a -> a.range(r -> r.field("pricePence")
                .ranges(List.of(PriceBand.values()).stream().map(DayOpportunitySearch::range).toList()))));
        aggregations.put("free", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("free").value(true)))));
        aggregations.put("carersBreaks", Aggregation.of(a -> a.filter(f -> f.term(t -> t.field("carersBreaks").value(true)))));
        criteria.nearPlace().ifPresent(place -> aggregations.put("distance", distanceFacet(criteria, place)));
        try {
            SearchResponse<DayOpportunityListing> response = connection.cluster().client().search(s -> s
                    .index(DayOpportunityListing.INDEX)
                    .query(query)
                    .sort(sortFor(criteria))
                    .from(criteria.offset())
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations(aggregations), DayOpportunityListing.class);
            List<Hit> items = new ArrayList<>();
            for (co.elastic.clients.elasticsearch.core.search.Hit<DayOpportunityListing> hit : response.hits().hits()) {
                items.add(toHit(hit.source(), criteria.nearPlace().orElse(null)));
            }
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new DayOpportunitySearchResults(total, items, facets(response.aggregations()));
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private static Query query(DayOpportunitySearchCriteria criteria, boolean withDistance) {
        List<Query> filters = filtersFor(criteria.filters());
        if (withDistance) {
            criteria.nearPlace().ifPresent(place -> filters.add(Query.of(q -> q.geoDistance(g -> g
                    .field("location")
                    .distance(criteria.radiusKm() + "km")
                    .location(at(place))))));
        }
        return Query.of(q -> q.bool(b -> {
            if (criteria.hasWords()) {
                b.must(m -> m.match(t -> t.field("everything").query(criteria.words())
                        .operator(Operator.And).fuzziness("AUTO")));
                b.should(s -> s.match(t -> t.field("name").query(criteria.words()).boost(3f)));
                b.should(s -> s.match(t -> t.field("categoryLabel").query(criteria.words()).boost(2f)));
            }
            return b.filter(filters);
        }));
    }

    private static List<Query> filtersFor(DayOpportunityFilters chosen) {
        List<Query> filters = new ArrayList<>();
        anyOf("kind", chosen.kinds().stream().map(Enum::name).toList(), filters);
        anyOf("category", chosen.categories().stream().map(Enum::name).toList(), filters);
        anyOf("days", chosen.days().stream().map(Enum::name).toList(), filters);
        chosen.facilities().forEach(f -> filters.add(Query.of(q -> q.term(t -> t.field("facilities").value(f.name())))));
        if (chosen.free()) {
            filters.add(Query.of(q -> q.term(t -> t.field("free").value(true))));
        }
        if (chosen.carersBreaks()) {
            filters.add(Query.of(q -> q.term(t -> t.field("carersBreaks").value(true))));
        }
        if (!chosen.prices().isEmpty()) {
            List<Query> bands = chosen.prices().stream().map(band -> Query.of(q -> q.range(r -> r.number(n -> {
                n.field("pricePence").gte((double) band.fromPence());
                return band.toPence() == null ? n : n.lte((double) band.toPence());
            })))).toList();
            filters.add(Query.of(q -> q.bool(b -> b.should(bands).minimumShouldMatch("1"))));
        }
        return filters;
    }

    private static void anyOf(String field, List<String> values, List<Query> filters) {
        if (!values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }

    /** Counts every distance over the whole index (global), filtered again by all but the distance. */
    private static Aggregation distanceFacet(DayOpportunitySearchCriteria criteria, Place place) {
        Aggregation byDistance = Aggregation.of(a -> a.geoDistance(g -> g
                .field("location")
                .origin(at(place))
                .unit(DistanceUnit.Kilometers)
                .ranges(DISTANCES.stream().map(km -> AggregationRange.of(r -> r.key(String.valueOf(km))
                        .to((double) km))).toList())));
        Aggregation matching = Aggregation.of(a -> a.filter(query(criteria, false)).aggregations("km", byDistance));
        return Aggregation.of(a -> a.global(g -> g).aggregations("matching", matching));
    }

    private static AggregationRange range(PriceBand band) {
        return AggregationRange.of(r -> {
            r.key(band.name()).from((double) band.fromPence());
            return band.toPence() == null ? r : r.to(band.toPence() + 1.0);
        });
    }

    private static Map<String, List<Facet>> facets(Map<String, Aggregate> aggregates) {
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        TERMS.forEach((name, label) -> {
            List<Facet> counts = new ArrayList<>();
            for (StringTermsBucket bucket : aggregates.get(name).sterms().buckets().array()) {
                String code = bucket.key().stringValue();
                counts.add(new Facet(code, labelOf(label, code), bucket.docCount()));
            }
            facets.put(name, counts);
        });
        List<Facet> prices = new ArrayList<>();
        for (RangeBucket bucket : aggregates.get("price").range().buckets().array()) {
            PriceBand band = PriceBand.valueOf(bucket.key());
            prices.add(new Facet(band.name(), band.getLabel(), bucket.docCount()));
        }
        facets.put("price", prices);
        facets.put("free", List.of(new Facet("true", "Free", aggregates.get("free").filter().docCount())));
        facets.put("carersBreaks", List.of(new Facet("true", "Offers carers' short breaks",
                aggregates.get("carersBreaks").filter().docCount())));
        Aggregate distance = aggregates.get("distance");
        if (distance != null) {
            List<Facet> within = new ArrayList<>();
            for (RangeBucket bucket : distance.global().aggregations().get("matching").filter().aggregations().get("km")
                    .geoDistance().buckets().array()) {
                within.add(new Facet(bucket.key(), "Within " + bucket.key() + " km", bucket.docCount()));
            }
            facets.put("distance", within);
        }
        return facets;
    }

    private static String labelOf(Function<String, String> label, String code) {
        try {
            return label.apply(code);
        } catch (IllegalArgumentException retired) {
            return code;
        }
    }

    private static GeoLocation at(Place place) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(place.point().latitude()).lon(place.point().longitude())));
    }

    private static List<SortOptions> sortFor(DayOpportunitySearchCriteria criteria) {
        List<SortOptions> sort = new ArrayList<>();
        SortOptions byScore = SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)));
        SortOptions byPrice = SortOptions.of(o -> o.field(f -> f.field("pricePence").order(SortOrder.Asc)));
        SortOptions byName = SortOptions.of(o -> o.field(f -> f.field("name.sortable").order(SortOrder.Asc)));
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
        Place near = criteria.nearPlace().orElse(null);
        SortOptions nearest = near == null ? null : SortOptions.of(o -> o.geoDistance(g -> g
                .field("location")
                .location(at(near))
                .order(SortOrder.Asc)
                .unit(DistanceUnit.Kilometers)));
        switch (criteria.order()) {
            case DISTANCE -> {
                sort.add(nearest);
                sort.add(byScore);
            }
            case PRICE -> {
                sort.add(byPrice);
                sort.add(byScore);
            }
            default -> {
                sort.add(byScore);
                sort.add(nearest == null ? byName : nearest);
            }
        }
        sort.add(byId);
        return sort;
    }

    private static Hit toHit(DayOpportunityListing listing, Place near) {
        Double distance = null;
        if (near != null) {
            double km = near.point().kilometresTo(new GeoPoint(listing.location().lat(), listing.location().lon()));
            distance = Math.round(km * 10) / 10.0;
        }
        return new Hit(listing.id(), listing.kind(), listing.name(), listing.providerName(), listing.town(), distance,
                listing.category(), listing.categoryLabel(), listing.pricePence(), listing.free(), listing.funding(),
                listing.facilities(), listing.days(), listing.carersBreaks(), listing.whoItSuits(), listing.minAge(),
                listing.maxAge(), listing.hubId(), listing.hubName());
    }
}
