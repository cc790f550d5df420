package care.circles.pa.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.metrics.annotation.Timed;

import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchResults;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.search.control.SearchConnection;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Searches the PA register in Elasticsearch: words (stemmed, typo-tolerant) and distance from a place. */
@ApplicationScoped
public class PaSearch {

    @Inject
    SearchConnection connection;

    @Timed(name = "pa_search", description = "Time to answer one PA search from Elasticsearch")
    public PaSearchResults find(PaSearchCriteria criteria) throws SearchUnavailableException {
        List<Query> filters = new ArrayList<>();
        criteria.nearPlace().ifPresent(place -> filters.add(Query.of(q -> q.geoDistance(g -> g
                .field("location")
                .distance(criteria.radiusKm() + "km")
                .location(l -> l.latlon(ll -> ll.lat(place.point().latitude()).lon(place.point().longitude())))))));
        Query query = Query.of(q -> q.bool(b -> {
            if (criteria.hasWords()) {
                b.must(m -> m.match(t -> t.field("everything").query(criteria.words())
                        .operator(Operator.And).fuzziness("AUTO")));
                b.should(s -> s.match(t -> t.field("displayName").query(criteria.words()).boost(3f)));
                b.should(s -> s.match(t -> t.field("skillLabels").query(criteria.words()).boost(2f)));
            }
            return b.filter(filters);
        }));
        try {
            SearchResponse<PaListing> response = connection.cluster().client().search(s -> s
                    .index(PaListing.INDEX)
                    .query(query)
                    .sort(sortFor(criteria))
                    .from(criteria.offset())
                    .size(criteria.size())
                    .trackTotalHits(t -> t.enabled(true)), PaListing.class);
            List<PaHit> items = new ArrayList<>();
            for (Hit<PaListing> hit : response.hits().hits()) {
                items.add(toHit(hit.source(), criteria.nearPlace().orElse(null)));
            }
            long total = response.hits().total() == null ? items.size() : response.hits().total().value();
            return new PaSearchResults(total, items);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(e);
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

    private static PaHit toHit(PaListing listing, Place near) {
        Double distance = null;
        if (near != null) {
            double km = near.point().kilometresTo(new GeoPoint(listing.location().lat(), listing.location().lon()));
            distance = Math.round(km * 10) / 10.0;
        }
        return new PaHit(listing.id(), listing.displayName(), listing.town(), distance, listing.skills(),
                listing.hourlyRatePence());
    }
}
