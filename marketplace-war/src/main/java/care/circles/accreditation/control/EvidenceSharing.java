package care.circles.accreditation.control;

import care.circles.account.entity.Account;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.Evidence;
import care.circles.files.control.FileSharing;
import care.circles.files.entity.StoredFile;
import care.circles.provider.control.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Accreditation evidence is for everyone who works for the organisation that sent it (and council staff). */
@ApplicationScoped
public class EvidenceSharing implements FileSharing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Override
    public boolean allows(Account reader, StoredFile file) {
        return em.createNamedQuery(Evidence.BY_FILE, Evidence.class).setParameter("file", file.id()).getResultStream()
                .map(e -> em.find(Accreditation.class, e.accreditationId()))
                .anyMatch(a -> a != null && organisations.isMember(reader, a.providerId()));
    }
}
