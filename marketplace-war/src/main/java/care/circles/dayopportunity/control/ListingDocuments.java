package care.circles.dayopportunity.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.Outlook;
import care.circles.dayopportunity.entity.ProviderRef;
import care.circles.place.control.Gazetteer;
import care.circles.search.control.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Builds the search documents of listings, with what they need from around them (town,
 * provider, hub, the days ahead), and tells the index when one changes.
 */
@ApplicationScoped
public class ListingDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Inject
    ListingRules rules;

    @Inject
    Sessions sessions;

    @Inject
    SearchOutbox outbox;

    /**
     * Sends the listing to search, or takes it out when it is withdrawn, inside the caller's
     * transaction. A hub's name is in its spokes' documents, so they go again with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(DayOpportunity listing) {
        String id = String.valueOf(listing.id());
        if (listing.isListed() && rules.mayList(listing.providerId())) {
            String provider = rules.provider(listing.providerId()).map(ProviderRef::name).orElse("");
            outbox.index(DayOpportunityListing.INDEX, id,
                    of(listing, provider, hubName(listing), sessions.outlook(listing.id())).toJson());
        } else {
            outbox.delete(DayOpportunityListing.INDEX, id);
        }
        if (listing.kind() == ListingKind.HUB) {
            em.createNamedQuery(DayOpportunity.SPOKES_OF, DayOpportunity.class).setParameter("hub", listing.id())
                    .getResultList().forEach(this::changed);
        }
    }

    /** Every listed hub and spoke, for a full rebuild of the index. */
    public Stream<DayOpportunityListing> allListed() {
        @SuppressWarnings("unchecked")
        List<Object[]> providers = em.createNativeQuery("SELECT id, name FROM provider").getResultList();
        Map<Long, String> providerNames = new HashMap<>();
        providers.forEach(row -> providerNames.put(((Number) row[0]).longValue(), (String) row[1]));
        List<DayOpportunity> listed = em.createNamedQuery(DayOpportunity.LISTED, DayOpportunity.class).getResultList();
        Map<Long, String> hubNames = new HashMap<>();
        listed.stream().filter(l -> l.kind() == ListingKind.HUB).forEach(hub -> hubNames.put(hub.id(), hub.name()));
        Map<Long, Outlook> outlooks = sessions.outlooks();
        return listed.stream()
                .filter(listing -> rules.mayList(listing.providerId()))
                .map(listing -> of(listing, providerNames.getOrDefault(listing.providerId(), ""),
                        listing.hubId() == null ? null : hubNames.get(listing.hubId()),
                        outlooks.getOrDefault(listing.id(), Outlook.NOTHING)));
    }

    private DayOpportunityListing of(DayOpportunity listing, String providerName, String hubName, Outlook outlook) {
        return DayOpportunityListing.of(listing, gazetteer.byId(listing.placeId()).orElseThrow(), providerName, hubName,
                outlook);
    }

    private String hubName(DayOpportunity listing) {
        if (listing.hubId() == null) {
            return null;
        }
        DayOpportunity hub = em.find(DayOpportunity.class, listing.hubId());
        return hub != null && hub.isListed() ? hub.name() : null;
    }
}
