package care.circles.pa.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.circles.pa.entity.PaPhoto;
import care.circles.pa.entity.PaProfile;
import care.circles.place.entity.Place;
import care.circles.platform.Platform;
import care.circles.review.control.PaReviews;
import care.circles.review.entity.ReviewSummary;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.vetting.control.VettingRecords;
import care.circles.vetting.entity.VerifiedCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Builds search listings with what they need from around the profile: photo, taxonomy labels, vetting badges, reviews. */
@ApplicationScoped
public class PaListings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    VettingRecords vetting;

    @Inject
    PaReviews reviews;

    @Inject
    Clock clock;

    public PaListing listingOf(PaProfile profile, Place place) {
        return PaListing.of(profile, place, em.find(PaPhoto.class, profile.id()) != null, taxonomy.current(),
                vetting.currentlyVerified(profile.accountId(), today()), reviews.summary(profile.accountId()));
    }

    /** For a full rebuild: every reviewed PA's review summary (by account id) at once. */
    public Map<Long, ReviewSummary> reviewsByPa() {
        return reviews.summariesByPa();
    }

    /** For a full rebuild: every PA's badges at once. */
    public Map<Long, List<VerifiedCheck>> badgesByPa() {
        return vetting.currentlyVerifiedByPa(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /** For a full rebuild: which profiles have a photo, in one query rather than one per profile. */
    public Set<Long> profilesWithPhotos() {
        List<Long> ids = em.createQuery("SELECT p.profileId FROM PaPhoto p", Long.class).getResultList();
        return new HashSet<>(ids);
    }
}
