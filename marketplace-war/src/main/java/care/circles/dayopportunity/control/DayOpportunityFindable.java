package care.circles.dayopportunity.control;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;

import care.circles.dayopportunity.entity.DayOpportunityFilters;
import care.circles.dayopportunity.entity.DayOpportunityOrder;
import care.circles.dayopportunity.entity.DayOpportunitySearchCriteria;
import care.circles.dayopportunity.entity.DayOpportunitySearchResults.Hit;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.SessionPrice;
import care.circles.pa.control.SearchUnavailableException;
import care.circles.search.control.Findable;
import care.circles.search.entity.FindQuery;
import care.circles.search.entity.Found;
import care.circles.search.entity.NothingFoundNearby;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hubs and spokes in the site-wide search. */
@ApplicationScoped
public class DayOpportunityFindable implements Findable {

    @Inject
    DayOpportunitySearch search;

    @Override
    public String key() {
        return "day-opportunities";
    }

    @Override
    public String label() {
        return "Day opportunities";
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public Optional<NothingFoundNearby.Kind> countedWhenNothingNearby() {
        return Optional.of(NothingFoundNearby.Kind.DAY_OPPORTUNITY);
    }

    @Override
    public Found find(FindQuery query) throws SearchUnavailableException {
        var found = search.find(new DayOpportunitySearchCriteria(query.words(), query.near(), query.radiusKm(),
                DayOpportunityOrder.RELEVANCE, query.page(), query.size(), DayOpportunityFilters.NONE));
        return new Found(found.total(), found.items().stream().map(DayOpportunityFindable::item).toList());
    }

    private static Found.Item item(Hit hit) {
        List<Found.Fact> facts = new ArrayList<>();
        facts.add(new Found.Fact("What it is", hit.categoryLabel()));
        facts.add(new Found.Fact("Price", SessionPrice.of(hit.pricePence(), ListingKind.valueOf(hit.kind())).toString()));
        if (!hit.days().isEmpty()) {
            facts.add(new Found.Fact("Days", hit.days().stream()
                    .map(day -> DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, Locale.UK))
                    .collect(Collectors.joining(", "))));
        }
        facts.add(new Found.Fact("Run by", hit.providerName()));
        return new Found.Item(hit.name(), "/day-opportunities/listing.xhtml?id=" + hit.id(),
                ListingKind.valueOf(hit.kind()).getLabel(), hit.town(), hit.distanceKm(), facts);
    }

    @Override
    public String moreLink(FindQuery query) {
        return "/day-opportunities/index.xhtml?" + query.asParameters();
    }
}
