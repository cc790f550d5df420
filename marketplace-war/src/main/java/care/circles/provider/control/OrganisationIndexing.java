package care.circles.provider.control;

import java.time.LocalDate;
import java.util.List;

import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.AccreditationChanged;
import care.circles.accreditation.entity.ActiveAccreditation;
import care.circles.place.control.Gazetteer;
import care.circles.provider.entity.Organisation;
import care.circles.search.control.SearchOutbox;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Keeps the organisation index in step with the database: every change writes the listing to
 * the search outbox in the same transaction, including accreditation changes (observed as they
 * happen, inside their transaction), so a suspension leaves "accredited" results at once.
 */
@ApplicationScoped
public class OrganisationIndexing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    @Inject
    Accreditations accreditations;

    @Inject
    SearchOutbox outbox;

    public OrganisationListing listingOf(Organisation organisation, List<ActiveAccreditation> active) {
        return OrganisationListing.of(organisation, id -> gazetteer.byId(id).orElse(null), taxonomy.current(),
                activities::label, active);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reindex(Organisation organisation) {
        LocalDate today = accreditations.today();
        outbox.index(OrganisationListing.INDEX, String.valueOf(organisation.id()),
                listingOf(organisation, accreditations.activeOn(organisation.id(), today)).toJson());
    }

    void accreditationChanged(@Observes AccreditationChanged change) {
        Organisation organisation = em.find(Organisation.class, change.providerId());
        if (organisation != null) {
            reindex(organisation);
        }
    }
}
