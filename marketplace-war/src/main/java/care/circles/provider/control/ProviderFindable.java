package care.circles.provider.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import care.circles.pa.control.SearchUnavailableException;
import care.circles.provider.entity.OrganisationType;
import care.circles.provider.entity.ProviderOrder;
import care.circles.provider.entity.ProviderSearchCriteria;
import care.circles.provider.entity.ProviderSearchResults.ProviderHit;
import care.circles.search.control.Findable;
import care.circles.search.entity.FindQuery;
import care.circles.search.entity.Found;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Care organisations (providers, brokers, community groups) in the site-wide search. */
@ApplicationScoped
public class ProviderFindable implements Findable {

    @Inject
    ProviderSearch search;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    @Override
    public String key() {
        return "organisations";
    }

    @Override
    public String label() {
        return "Care organisations";
    }

    @Override
    public int position() {
        return 15;
    }

    @Override
    public Found find(FindQuery query) throws SearchUnavailableException {
        var found = search.find(new ProviderSearchCriteria(query.words(), query.near(), query.radiusKm(), Set.of(),
                null, false, false, false, ProviderOrder.RELEVANCE, query.page(), query.size()));
        return new Found(found.total(), found.items().stream().map(this::item).toList());
    }

    private Found.Item item(ProviderHit hit) {
        List<Found.Fact> facts = new ArrayList<>();
        String offers = offerLabels(hit);
        if (!offers.isEmpty()) {
            facts.add(new Found.Fact("Support offered", offers));
        }
        if (!hit.accreditations().isEmpty()) {
            facts.add(new Found.Fact("Accredited by the council", hit.accreditations().stream()
                    .map(accreditation -> accreditation.label()).collect(Collectors.joining(", "))));
        }
        return new Found.Item(hit.name(), "/organisations/organisation.xhtml?id=" + hit.id(), typeLabel(hit.type()),
                hit.town(), hit.distanceKm(), facts);
    }

    /** What an organisation offers, support types then activities, as people read them. */
    public String offerLabels(ProviderHit hit) {
        List<String> labels = new ArrayList<>(hit.supports().stream().map(taxonomy.current()::label).toList());
        hit.activities().forEach(code -> labels.add(activities.label(code)));
        return String.join(", ", labels);
    }

    /** The type's label, or the code as stored when the type is no longer known. */
    public static String typeLabel(String code) {
        try {
            return OrganisationType.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    @Override
    public String moreLink(FindQuery query) {
        return "/organisations/index.xhtml?" + query.asParameters();
    }
}
