package care.circles.accreditation.control;

import java.time.Clock;

import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationChanged;
import care.circles.accreditation.entity.AccreditationStep;
import care.circles.accreditation.entity.StepKind;
import care.circles.audit.control.AuditTrail;
import care.circles.notification.control.Notifications;
import care.circles.provider.control.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes one step of an application the same way every time, inside the caller's transaction:
 * the history both sides read, the audit record (who, when, why), a notice to the organisation's
 * people, and the change event that re-indexes the organisation when the public view changed.
 */
@ApplicationScoped
class AccreditationRecords {

    static final String SUBJECT = "accreditation";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Organisations organisations;

    @Inject
    Event<AccreditationChanged> changed;

    @Inject
    Clock clock;

    /**
     * @param tellOrganisation a notice for the organisation's people, or null for none
     * @param publicChange     whether search and the public page read differently now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void step(Accreditation application, StepKind step, Long actorId, String message, String tellOrganisation,
              boolean publicChange) {
        em.persist(new AccreditationStep(application.id(), step, actorId, message, clock.instant()));
        audit.record(actorId, "ACCREDITATION_" + step.name(), SUBJECT, application.id(),
                application.kind() + " for provider " + application.providerId() + ", now " + application.status()
                        + (message == null ? "" : "; " + message));
        if (tellOrganisation != null) {
            for (long member : organisations.memberAccountIds(application.providerId())) {
                notifications.send(member, tellOrganisation, "/provider/accreditation.xhtml?id=" + application.id());
            }
        }
        if (publicChange) {
            changed.fire(new AccreditationChanged(application.providerId(), application.kind(), step, actorId));
        }
    }
}
