package care.circles.pa.control;

import java.time.Clock;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.Place;
import care.circles.search.control.SearchOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A PA's own profile: save, publish, unpublish. Every change to what search shows goes to
 * the search outbox in the same transaction.
 */
@ApplicationScoped
public class PaProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchOutbox outbox;

    @Inject
    Gazetteer gazetteer;

    @Inject
    Clock clock;

    public Optional<PaProfile> ownedBy(Account pa) {
        return em.createNamedQuery(PaProfile.BY_ACCOUNT, PaProfile.class)
                .setParameter("accountId", pa.id())
                .getResultStream()
                .findFirst();
    }

    public Optional<PaProfile> published(long profileId) {
        return Optional.ofNullable(em.find(PaProfile.class, profileId)).filter(PaProfile::isPublished);
    }

    /** Saves the details; a published profile stays published and search shows the change. */
    @Transactional
    public PaProfile save(Account pa, ProfileDetails details) {
        PaProfile profile = lockedProfileOf(pa).orElse(null);
        if (profile == null) {
            profile = new PaProfile(pa.id(), details, clock.instant());
            em.persist(profile);
            em.flush();
        } else {
            profile.update(details, clock.instant());
        }
        if (profile.isPublished()) {
            sendToSearch(profile);
        }
        return profile;
    }

    /** Saves the details and shows the profile in search. */
    @Transactional
    public PaProfile publish(Account pa, ProfileDetails details) {
        PaProfile profile = save(pa, details);
        profile.publish(clock.instant());
        sendToSearch(profile);
        return profile;
    }

    /** Hides the profile from search at once; the details are kept to publish again later. */
    @Transactional
    public Optional<PaProfile> unpublish(Account pa) {
        Optional<PaProfile> profile = lockedProfileOf(pa);
        profile.filter(PaProfile::isPublished).ifPresent(p -> {
            p.unpublish(clock.instant());
            outbox.delete(PaListing.INDEX, String.valueOf(p.id()));
        });
        return profile;
    }

    private Optional<PaProfile> lockedProfileOf(Account pa) {
        if (pa.role() != Role.PA) {
            throw new SecurityException("Only personal assistants have a PA profile");
        }
        return em.createNamedQuery(PaProfile.BY_ACCOUNT, PaProfile.class)
                .setParameter("accountId", pa.id())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private void sendToSearch(PaProfile profile) {
        Place place = gazetteer.byId(profile.placeId())
                .orElseThrow(() -> new IllegalStateException("Place " + profile.placeId() + " is not in the gazetteer"));
        outbox.index(PaListing.INDEX, String.valueOf(profile.id()), PaListing.of(profile, place).toJson());
    }
}
