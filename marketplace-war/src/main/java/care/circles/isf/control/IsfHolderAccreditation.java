package care.circles.isf.control;

import java.util.List;
import java.util.Optional;

import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.AccreditationChanged;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.audit.control.AuditTrail;
import care.circles.isf.entity.Isf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes on every ISF in use or waiting when its holder's ISF accreditation stops (suspended,
 * withdrawn, lapsed) or starts again (reinstated), in the accreditation change's own
 * transaction, and tells the person and their representative. Refusing the holder's spending
 * needs nothing stored: {@link Isfs} judges the accreditation on today's date every time.
 */
@ApplicationScoped
class IsfHolderAccreditation {

    static final String NOT_ACCREDITED = "ISF_HOLDER_NOT_ACCREDITED";
    static final String ACCREDITED_AGAIN = "ISF_HOLDER_ACCREDITED_AGAIN";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accreditations accreditations;

    @Inject
    AuditTrail audit;

    @Inject
    Isfs isfs;

    void accreditationChanged(@Observes AccreditationChanged change) {
        if (change.kind() != AccreditationKind.ISF_PROVIDER) {
            return;
        }
        Optional<String> whyNot = accreditations.whyNotAccredited(change.providerId(), AccreditationKind.ISF_PROVIDER);
        String action = switch (change.step()) {
            case SUSPENDED, WITHDRAWN, LAPSED -> whyNot.isPresent() ? NOT_ACCREDITED : null;
            case REINSTATED -> whyNot.isEmpty() ? ACCREDITED_AGAIN : null;
            default -> null;
        };
        if (action == null) {
            return;
        }
        List<Isf> held = em.createNamedQuery(Isf.OF_HOLDER, Isf.class).setParameter("holder", change.providerId())
                .getResultStream().filter(isf -> !isf.isDeclined()).toList();
        String detail = whyNot.map(why -> why + "; spending and corrections are refused until it is in force again"
                + " or the ISF moves").orElse("The holder's ISF accreditation is in force again; spending can go on");
        for (Isf isf : held) {
            audit.record(change.actorId(), action, Isfs.SUBJECT, isf.id(), detail + " (provider " + change.providerId()
                    + ", " + change.step().name().toLowerCase(java.util.Locale.ROOT) + ")");
            String message = whyNot.isPresent()
                    ? isfs.holderName(isf) + " can no longer spend from your individual service fund: its accreditation"
                            + " to hold ISFs is not in force. Your balance and statements are still here, and the"
                            + " council will contact you about what happens next."
                    : isfs.holderName(isf) + " can spend from your individual service fund again.";
            isfs.tellPerson(isf, message);
        }
    }
}
