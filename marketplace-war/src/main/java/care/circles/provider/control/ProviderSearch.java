package care.circles.provider.control;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import care.circles.accreditation.control.Accreditations;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.provider.entity.ProviderSearchCriteria;
import care.circles.provider.entity.ProviderSearchResults;
import care.circles.provider.entity.ProviderSearchResults.AccreditationHit;
import care.circles.provider.entity.ProviderSearchResults.ProviderHit;
import care.circles.search.control.SearchConnection;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Searches organisations in Elasticsearch: words (stemmed, typo-tolerant), based in or serving
 * a place within a distance, what they offer, their type, and accreditations in force today.
 * An accreditation past its expiry date never counts, even before the sweep re-indexes it.
 */
@ApplicationScoped
public class ProviderSearch {

    @Inject
    SearchConnection connection;

    @Inject
    Accreditations accreditations;

    public ProviderSearchResults find(ProviderSearchCriteria criteria) throws SearchUnavailableException {
        LocalDate today = accreditations.today();
        List<Query> filters = new ArrayList<>();
        criteria.nearPlace().ifPresent(place -> filters.add(Query.of(q -> q.bool(b -> b
                .should(within("location", place, criteria.radiusKm()))
                .should(within("areaLocations", place, criteria.radiusKm()))
                .minimumShouldMatch("1")))));
        if (!criteria.offers().isEmpty()) {
            List<FieldValue> codes = criteria.offers().stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.bool(b -> b
                    .should(s -> s.terms(t -> t.field("supports").terms(v -> v.value(codes))))
                    .should(s -> s.terms(t -> t.field("activities").terms(v -> v.value(codes))))
                    .minimumShouldMatch("1"))));
        }
        if (criteria.type() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("type").value(criteria.type().name()))));
        }
        if (criteria.accredited()) {
            filters.add(inForce("accreditedUntil", today));
        }
        if (criteria.framework()) {
            filters.add(inForce("frameworkUntil", today));
        }
        if (criteria.isfProvider()) {
            filters.add(inForce("isfUntil", today));
        }
        Query query = Query.of(q -> q.bool(b -> {
            if (criteria.hasWords()) {
                b.must(m -> m.match(t -> t.field("everything").query(criteria.words())
                        .operator(Operator.And).fuzziness("AUTO")));
                b.should(s -> s.match(t -> t.field("name").query(criteria.words()).boost(3f)));
            }
            return b.filter(filters);
        }));
        try {
            SearchResponse<OrganisationListing> response = connection.cluster().client().search(s -> s
                    .index(OrganisationListing.INDEX)
                    .query(query)
                    .sort(sortFor(criteria))
                    .from(criteria.offset())
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true)), OrganisationListing.class);
            List<ProviderHit> items = new ArrayList<>();
            for (Hit<OrganisationListing> hit : response.hits().hits()) {
                items.add(toHit(hit.source(), criteria.nearPlace().orElse(null), today));
            }
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new ProviderSearchResults(total, items);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private static Query within(String field, Place place, int km) {
        return Query.of(q -> q.geoDistance(g -> g.field(field).distance(km + "km")
                .location(l -> l.latlon(ll -> ll.lat(place.point().latitude()).lon(place.point().longitude())))));
    }

    private static Query inForce(String field, LocalDate today) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).gte(today.toString()))));
    }

    private static List<SortOptions> sortFor(ProviderSearchCriteria criteria) {
        List<SortOptions> sort = new ArrayList<>();
        Place near = criteria.nearPlace().orElse(null);
        switch (criteria.order()) {
            case DISTANCE -> sort.add(SortOptions.of(o -> o.geoDistance(g -> g.field("location")
                    .location(l -> l.latlon(ll -> ll.lat(near.point().latitude()).lon(near.point().longitude())))
                    .order(SortOrder.Asc).unit(DistanceUnit.Kilometers))));
            case NAME -> sort.add(SortOptions.of(o -> o.field(f -> f.field("name.sortable").order(SortOrder.Asc))));
            default -> sort.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("name.sortable").order(SortOrder.Asc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    private static ProviderHit toHit(OrganisationListing listing, Place near, LocalDate today) {
        Double distance = null;
        if (near != null) {
            double km = near.point().kilometresTo(new GeoPoint(listing.location().lat(), listing.location().lon()));
            distance = Math.round(km * 10) / 10.0;
        }
        List<AccreditationHit> accredited = listing.accreditations() == null ? List.of() : listing.accreditations()
                .stream().filter(a -> a.inForceOn(today))
                .map(a -> new AccreditationHit(a.kind(), a.label(), a.validFrom(), a.expiresOn(),
                        a.conditions() == null ? List.of() : a.conditions()))
                .toList();
        return new ProviderHit(listing.id(), listing.name(), listing.type(), listing.town(), distance,
                nonNull(listing.areas()), nonNull(listing.supports()), nonNull(listing.activities()), accredited);
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values;
    }
}
