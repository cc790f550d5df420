package care.circles.dayopportunity.control;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.ListingDetails;
import care.circles.dayopportunity.entity.ListingKind;
import care.circles.dayopportunity.entity.ProviderRef;
import care.circles.dayopportunity.entity.SessionPlan;
import care.circles.dayopportunity.entity.SessionSeries;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A provider's hubs and spokes: list one, change it, withdraw it or list it again, and give it
 * sessions. Only the provider that owns a listing may touch it; everyone may read a listed one.
 */
@ApplicationScoped
public class Listings {

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingRules rules;

    @Inject
    ListingDocuments documents;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    @Transactional
    public DayOpportunity create(Account account, ListingKind kind, ListingDetails details) {
        ProviderRef provider = rules.requireLister(account);
        requireHub(details.hubId(), null);
        DayOpportunity listing = new DayOpportunity(provider.id(), kind, details, clock.instant());
        em.persist(listing);
        em.flush();
        documents.changed(listing);
        return listing;
    }

    @Transactional
    public DayOpportunity change(Account account, long listingId, ListingDetails details) {
        DayOpportunity listing = lockedOwn(account, listingId);
        requireHub(details.hubId(), listingId);
        listing.update(details, clock.instant());
        documents.changed(listing);
        return listing;
    }

    /** Out of search and closed to new bookings; sessions already booked go ahead unless cancelled. */
    @Transactional
    public DayOpportunity withdraw(Account account, long listingId) {
        DayOpportunity listing = lockedOwn(account, listingId);
        listing.withdraw(clock.instant());
        documents.changed(listing);
        return listing;
    }

    @Transactional
    public DayOpportunity relist(Account account, long listingId) {
        DayOpportunity listing = lockedOwn(account, listingId);
        listing.relist(clock.instant());
        documents.changed(listing);
        return listing;
    }

    /**
     * Adds a schedule and makes its sessions up to the horizon.
     *
     * @throws InvalidInputException when every date of the schedule is skipped
     */
    @Transactional
    public SessionSeries schedule(Account account, long listingId, SessionPlan plan) {
        DayOpportunity listing = lockedOwn(account, listingId);
        if (!sessions.hasDates(plan)) {
            throw new InvalidInputException("firstDate",
                    "Every date of this schedule is a bank holiday or a date with no session: choose other dates");
        }
        SessionSeries series = new SessionSeries(listing.id(), plan, clock.instant());
        em.persist(series);
        em.flush();
        sessions.makeSessions(series);
        documents.changed(listing);
        return series;
    }

    /** The provider's own listings, hubs first. */
    public List<DayOpportunity> ownedBy(Account account) {
        ProviderRef provider = rules.requireLister(account);
        return em.createNamedQuery(DayOpportunity.BY_PROVIDER, DayOpportunity.class)
                .setParameter("provider", provider.id())
                .getResultList();
    }

    /** One of the provider's own listings; nothing if it is another provider's, so ids reveal nothing. */
    public Optional<DayOpportunity> own(Account account, long listingId) {
        ProviderRef provider = rules.requireLister(account);
        return Optional.ofNullable(em.find(DayOpportunity.class, listingId)).filter(l -> l.isOwnedBy(provider.id()));
    }

    /** A listing anyone may see. */
    public Optional<DayOpportunity> listed(long listingId) {
        return Optional.ofNullable(em.find(DayOpportunity.class, listingId))
                .filter(l -> l.isListed() && rules.mayList(l.providerId()));
    }

    /** Any listing, listed or not: bookings keep pointing at a withdrawn one. */
    public Optional<DayOpportunity> any(long listingId) {
        return Optional.ofNullable(em.find(DayOpportunity.class, listingId));
    }

    public List<DayOpportunity> hubs() {
        return em.createNamedQuery(DayOpportunity.LISTED_HUBS, DayOpportunity.class).getResultList();
    }

    /** The spokes in a hub's network. */
    public List<DayOpportunity> spokesOf(long hubId) {
        return em.createNamedQuery(DayOpportunity.SPOKES_OF, DayOpportunity.class)
                .setParameter("hub", hubId)
                .getResultList();
    }

    public Optional<ProviderRef> provider(DayOpportunity listing) {
        return rules.provider(listing.providerId());
    }

    private DayOpportunity lockedOwn(Account account, long listingId) {
        ProviderRef provider = rules.requireLister(account);
        DayOpportunity listing = em.find(DayOpportunity.class, listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null || !listing.isOwnedBy(provider.id())) {
            throw new SecurityException("This listing is not one of yours");
        }
        return listing;
    }

    private void requireHub(Long hubId, Long self) {
        if (hubId == null) {
            return;
        }
        boolean hub = listed(hubId).filter(l -> l.kind() == ListingKind.HUB && !hubId.equals(self)).isPresent();
        if (!hub) {
            throw new InvalidInputException("hub", "Choose a hub from the list, or none");
        }
    }
}
