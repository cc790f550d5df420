package care.circles.pa.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import care.circles.pa.entity.PaPhoto;
import care.circles.pa.entity.PaProfile;
import care.circles.place.entity.Place;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Builds search listings with what they need from around the profile: its photo, the taxonomy's labels. */
@ApplicationScoped
public class PaListings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SupportTaxonomy taxonomy;

    public PaListing listingOf(PaProfile profile, Place place) {
        return PaListing.of(profile, place, em.find(PaPhoto.class, profile.id()) != null, taxonomy.current());
    }

    /** For a full rebuild: which profiles have a photo, in one query rather than one per profile. */
    public Set<Long> profilesWithPhotos() {
        List<Long> ids = em.createQuery("SELECT p.profileId FROM PaPhoto p", Long.class).getResultList();
        return new HashSet<>(ids);
    }
}
