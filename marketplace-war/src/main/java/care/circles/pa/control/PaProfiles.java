package care.circles.pa.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.pa.entity.DateRange;
import care.circles.pa.entity.PaPhoto;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.ProfilePhoto;
import care.circles.pa.entity.TimeAway;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.Place;
import care.circles.search.control.SearchOutbox;
import care.circles.review.entity.PaReviewsChanged;
import care.circles.vetting.entity.VettingChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
    PaListings listings;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

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

    /**
     * Deletes the profile and everything on it (photo, availability, time away). It leaves
     * search at once. The account stays, so the PA can start a new profile.
     */
    @Transactional
    public boolean delete(Account pa) {
        Optional<PaProfile> profile = lockedProfileOf(pa);
        profile.ifPresent(p -> {
            outbox.delete(PaListing.INDEX, String.valueOf(p.id()));
            em.createQuery("DELETE FROM TimeAway t WHERE t.profileId = :id").setParameter("id", p.id()).executeUpdate();
            PaPhoto photo = em.find(PaPhoto.class, p.id());
            if (photo != null) {
                em.remove(photo);
            }
            em.remove(p);
            audit.record(pa.id(), "PA_PROFILE_DELETED", "pa_profile", p.id(), "deleted by the PA");
        });
        return profile.isPresent();
    }

    /** Replaces the profile photo; the profile must be saved first. */
    @Transactional
    public void replacePhoto(Account pa, ProfilePhoto photo) {
        PaProfile profile = lockedProfileOf(pa).orElseThrow(() -> new InvalidInputException("photo",
                "Save your profile first, then add a photo"));
        PaPhoto existing = em.find(PaPhoto.class, profile.id());
        if (existing == null) {
            em.persist(new PaPhoto(profile.id(), photo, clock.instant()));
        } else {
            existing.replace(photo, clock.instant());
        }
        if (profile.isPublished()) {
            sendToSearch(profile);
        }
    }

    @Transactional
    public void removePhoto(Account pa) {
        lockedProfileOf(pa).ifPresent(profile -> {
            PaPhoto existing = em.find(PaPhoto.class, profile.id());
            if (existing != null) {
                em.remove(existing);
                if (profile.isPublished()) {
                    sendToSearch(profile);
                }
            }
        });
    }

    /** The photo of a published profile, or of the asking PA's own profile (for the preview). */
    public Optional<PaPhoto> photoFor(long profileId, Optional<Account> asking) {
        PaProfile profile = em.find(PaProfile.class, profileId);
        if (profile == null) {
            return Optional.empty();
        }
        boolean own = asking.map(a -> a.id() == profile.accountId()).orElse(false);
        if (!profile.isPublished() && !own) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PaPhoto.class, profileId));
    }

    public boolean hasPhoto(long profileId) {
        return em.find(PaPhoto.class, profileId) != null;
    }

    /** Dated time away, soonest first, leaving out what is already over. */
    public List<TimeAway> timeAway(long profileId) {
        LocalDate today = LocalDate.now(clock.withZone(Platform.UK));
        return em.createQuery("SELECT t FROM TimeAway t WHERE t.profileId = :id AND t.lastDay >= :today"
                        + " ORDER BY t.firstDay", TimeAway.class)
                .setParameter("id", profileId)
                .setParameter("today", today)
                .getResultList();
    }

    @Transactional
    public TimeAway addTimeAway(Account pa, DateRange days, String note) {
        PaProfile profile = lockedProfileOf(pa).orElseThrow(() -> new InvalidInputException("awayFrom",
                "Save your profile first, then add time away"));
        TimeAway away;
        try {
            away = new TimeAway(profile.id(), days, note);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("awayNote", e.getMessage());
        }
        em.persist(away);
        if (profile.isPublished()) {
            sendToSearch(profile);
        }
        return away;
    }

    @Transactional
    public void removeTimeAway(Account pa, long timeAwayId) {
        PaProfile profile = lockedProfileOf(pa).orElseThrow();
        TimeAway away = em.find(TimeAway.class, timeAwayId);
        // Someone else's id is treated as not there: nothing to learn by trying ids.
        if (away != null && away.profileId() == profile.id()) {
            em.remove(away);
            if (profile.isPublished()) {
                sendToSearch(profile);
            }
        }
    }

    /**
     * A PA's checks changed (verified, rejected, expired): their badges and what they may offer
     * in search change with them, in the same transaction as the decision.
     */
    void afterVettingChange(@Observes(during = TransactionPhase.IN_PROGRESS) VettingChanged change) {
        sendToSearchIfPublished(change.paAccountId());
    }

    /** A review of the PA was written, hidden or erased: the count and average in search change in the same transaction. */
    void afterReviewsChange(@Observes(during = TransactionPhase.IN_PROGRESS) PaReviewsChanged change) {
        sendToSearchIfPublished(change.paAccountId());
    }

    private void sendToSearchIfPublished(long paAccountId) {
        em.createNamedQuery(PaProfile.BY_ACCOUNT, PaProfile.class)
                .setParameter("accountId", paAccountId)
                .getResultStream()
                .filter(PaProfile::isPublished)
                .findFirst()
                .ifPresent(this::sendToSearch);
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
        outbox.index(PaListing.INDEX, String.valueOf(profile.id()), listings.listingOf(profile, place).toJson());
    }
}
