package care.circles.advert.control;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.metrics.annotation.Timed;

import care.circles.advert.entity.AdvertSearchCriteria;
import care.circles.advert.entity.AdvertSearchResults;
import care.circles.advert.entity.AdvertSearchResults.AdvertHit;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
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
 * Searches the open job adverts in Elasticsearch: words (stemmed, typo-tolerant), distance
 * from a place, kinds of support. Adverts past their closing time are left out even if the
 * clean-up has not removed them yet.
 */
@ApplicationScoped
public class AdvertSearch {

    @Inject
    SearchConnection connection;

    @Inject
    Clock clock;

    @Timed(name = "advert_search", description = "Time to answer one job advert search from Elasticsearch")
    public AdvertSearchResults find(AdvertSearchCriteria criteria) throws SearchUnavailableException {
        List<Query> filters = new ArrayList<>();
        filters.add(Query.of(q -> q.range(r -> r.date(d -> d.field("closesAt").gt(clock.instant().toString())))));
        criteria.nearPlace().ifPresent(place -> filters.add(Query.of(q -> q.geoDistance(g -> g
                .field("location")
                .distance(criteria.radiusKm() + "km")
                .location(l -> l.latlon(ll -> ll.lat(place.point().latitude()).lon(place.point().longitude())))))));
        if (!criteria.skills().isEmpty()) {
            List<FieldValue> codes = criteria.skills().stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field("skills").terms(v -> v.value(codes)))));
        }
        Query query = Query.of(q -> q.bool(b -> {
            if (criteria.hasWords()) {
                b.must(m -> m.match(t -> t.field("everything").query(criteria.words())
                        .operator(Operator.And).fuzziness("AUTO")));
                b.should(s -> s.match(t -> t.field("title").query(criteria.words()).boost(3f)));
            }
            return b.filter(filters);
        }));
        try {
            SearchResponse<AdvertListing> response = connection.cluster().client().search(s -> s
                    .index(AdvertListing.INDEX)
                    .query(query)
                    .sort(sortFor(criteria))
                    .from(criteria.offset())
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true)), AdvertListing.class);
            List<AdvertHit> items = new ArrayList<>();
            for (Hit<AdvertListing> hit : response.hits().hits()) {
                items.add(toHit(hit.source(), criteria.nearPlace().orElse(null)));
            }
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new AdvertSearchResults(total, items);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
        }
    }

    private static List<SortOptions> sortFor(AdvertSearchCriteria criteria) {
        SortOptions byScore = SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)));
        SortOptions newest = SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
        SortOptions byId = SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Desc)));
        Place near = criteria.nearPlace().orElse(null);
        SortOptions nearest = near == null ? null : SortOptions.of(o -> o.geoDistance(g -> g
                .field("location")
                .location(l -> l.latlon(ll -> ll.lat(near.point().latitude()).lon(near.point().longitude())))
                .order(SortOrder.Asc)
                .unit(DistanceUnit.Kilometers)));
        List<SortOptions> sort = new ArrayList<>();
        switch (criteria.order()) {
            case DISTANCE -> {
                sort.add(nearest);
                sort.add(byScore);
            }
            case NEWEST -> sort.add(newest);
            default -> {
                sort.add(byScore);
                sort.add(newest);
            }
        }
        sort.add(byId);
        return sort;
    }

    private static AdvertHit toHit(AdvertListing listing, Place near) {
        Double distance = null;
        if (near != null) {
            double km = near.point().kilometresTo(new GeoPoint(listing.location().lat(), listing.location().lon()));
            distance = Math.round(km * 10) / 10.0;
        }
        return new AdvertHit(listing.id(), listing.title(), listing.town(), distance, listing.skills(), listing.times(),
                listing.hoursPerWeek(), listing.startDate(), listing.hourlyRatePence(), listing.publishedAt(),
                listing.closesAt());
    }
}
