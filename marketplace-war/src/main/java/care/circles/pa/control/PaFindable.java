package care.circles.pa.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import care.circles.pa.entity.PaFilters;
import care.circles.pa.entity.PaSearchCriteria;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.pa.entity.SearchOrder;
import care.circles.payments.Money;
import care.circles.search.control.Findable;
import care.circles.search.entity.FindQuery;
import care.circles.search.entity.Found;
import care.circles.search.entity.NothingFoundNearby;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Personal assistants in the site-wide search. */
@ApplicationScoped
public class PaFindable implements Findable {

    @Inject
    PaSearch search;

    @Inject
    SupportTaxonomy taxonomy;

    @Override
    public String key() {
        return "pas";
    }

    @Override
    public String label() {
        return "Personal assistants";
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public Optional<NothingFoundNearby.Kind> countedWhenNothingNearby() {
        return Optional.of(NothingFoundNearby.Kind.PA);
    }

    @Override
    public Found find(FindQuery query) throws SearchUnavailableException {
        var found = search.find(new PaSearchCriteria(query.words(), query.near(), query.radiusKm(),
                SearchOrder.RELEVANCE, query.page(), query.size(), PaFilters.NONE));
        return new Found(found.total(), found.items().stream().map(this::item).toList());
    }

    private Found.Item item(PaHit pa) {
        List<Found.Fact> facts = new ArrayList<>();
        facts.add(new Found.Fact("Hourly rate", Money.ofPence(pa.hourlyRatePence()).toString()));
        if (!pa.skills().isEmpty()) {
            facts.add(new Found.Fact("Support offered", pa.skills().stream().map(taxonomy.current()::label)
                    .collect(Collectors.joining(", "))));
        }
        if (!pa.checks().isEmpty()) {
            facts.add(new Found.Fact("Checks verified by the council", pa.checks().stream()
                    .map(check -> check.label()).collect(Collectors.joining(", "))));
        }
        return new Found.Item(pa.displayName(), "/profile.xhtml?id=" + pa.id(), "Personal assistant", pa.town(),
                pa.distanceKm(), facts);
    }

    @Override
    public String moreLink(FindQuery query) {
        return "/search.xhtml?" + query.asParameters();
    }
}
