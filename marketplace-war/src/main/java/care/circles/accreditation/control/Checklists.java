package care.circles.accreditation.control;

import java.time.Clock;
import java.util.List;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.Requirement;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The council's checklists: what evidence each kind of accreditation asks for. A requirement
 * is retired, never deleted, so evidence already sent against it still reads.
 */
@ApplicationScoped
public class Checklists {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every requirement of the kind, active ones first, in the council's order. */
    public List<Requirement> of(AccreditationKind kind) {
        return em.createNamedQuery(Requirement.OF_KIND, Requirement.class).setParameter("kind", kind).getResultList();
    }

    @Transactional
    public Requirement add(Account council, AccreditationKind kind, String label, String hint, boolean needsExpiryDate,
                           boolean onlyIfRegulated) {
        requireCouncil(council);
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose the kind of accreditation");
        }
        String cleanLabel = checkedLabel(label);
        Number last = (Number) em.createQuery("SELECT COALESCE(MAX(r.position), 0) FROM Requirement r WHERE r.kind = :kind")
                .setParameter("kind", kind).getSingleResult();
        Requirement requirement = new Requirement(kind, cleanLabel, checkedHint(hint), needsExpiryDate, onlyIfRegulated,
                last.intValue() + 10, clock.instant());
        em.persist(requirement);
        em.flush();
        audit.record(council.id(), "ACCREDITATION_REQUIREMENT_ADDED", "accreditation_requirement", requirement.getId(),
                kind + ": " + cleanLabel + (needsExpiryDate ? " (with expiry date)" : ""));
        return requirement;
    }

    /** Stops (or starts again) asking for a requirement; applications already sent keep their evidence. */
    @Transactional
    public void setActive(Account council, long requirementId, boolean active) {
        requireCouncil(council);
        Requirement requirement = em.find(Requirement.class, requirementId);
        if (requirement == null) {
            throw new InvalidInputException("requirement", "That requirement does not exist");
        }
        requirement.setActive(active, clock.instant());
        audit.record(council.id(), active ? "ACCREDITATION_REQUIREMENT_RESTORED" : "ACCREDITATION_REQUIREMENT_RETIRED",
                "accreditation_requirement", requirementId, requirement.getKind() + ": " + requirement.getLabel());
    }

    private static String checkedLabel(String label) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException("label", "Enter what the organisation must send, like Fire safety certificate");
        }
        if (clean.length() > Requirement.MAX_LABEL) {
            throw new InvalidInputException(List.of(new FieldProblem("label",
                    "The name must be " + Requirement.MAX_LABEL + " characters or fewer")));
        }
        return clean;
    }

    private static String checkedHint(String hint) {
        if (hint != null && hint.strip().length() > Requirement.MAX_HINT) {
            throw new InvalidInputException("hint", "The hint must be " + Requirement.MAX_HINT + " characters or fewer");
        }
        return hint;
    }

    private static void requireCouncil(Account account) {
        if (account == null || account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can change what accreditation asks for");
        }
    }
}
