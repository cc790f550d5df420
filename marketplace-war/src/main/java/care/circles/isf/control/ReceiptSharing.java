package care.circles.isf.control;

import care.circles.account.entity.Account;
import care.circles.files.control.FileSharing;
import care.circles.files.entity.StoredFile;
import care.circles.isf.entity.Isf;
import care.circles.isf.entity.Spend;
import care.circles.provider.control.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A receipt on an ISF is for the organisation holding it, the person and their representative (and council staff). */
@ApplicationScoped
public class ReceiptSharing implements FileSharing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Override
    public boolean allows(Account reader, StoredFile file) {
        return em.createNamedQuery(Spend.BY_RECEIPT, Spend.class).setParameter("file", file.id()).getResultStream()
                .map(s -> em.find(Isf.class, s.isfId()))
                .anyMatch(i -> i != null && (i.isFor(reader.id()) || organisations.isMember(reader, i.holderProviderId())));
    }
}
