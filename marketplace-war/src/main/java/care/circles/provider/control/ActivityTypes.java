package care.circles.provider.control;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.InvalidInputException;
import care.circles.provider.entity.ActivityType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The council's list of day activities organisations can offer, besides the kinds of support PAs offer. */
@Named("activityTypes")
@ApplicationScoped
public class ActivityTypes {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<ActivityType> all() {
        return em.createQuery("SELECT t FROM ActivityType t ORDER BY t.position, t.label", ActivityType.class)
                .getResultList();
    }

    /** For forms: the activities organisations may choose now. */
    public List<ActivityType> getActive() {
        return all().stream().filter(ActivityType::isActive).toList();
    }

    public boolean isChoosable(String code) {
        return find(code).map(ActivityType::isActive).orElse(false);
    }

    public Optional<ActivityType> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(ActivityType.class, code));
    }

    /** The label people read; an unknown code is shown as it is. */
    public String label(String code) {
        return find(code).map(ActivityType::getLabel).orElse(code);
    }

    @Transactional
    public ActivityType add(Account council, String label, String hint) {
        requireCouncil(council);
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException("label", "Enter the name of the activity, like Swimming");
        }
        if (clean.length() > ActivityType.MAX_LABEL) {
            throw new InvalidInputException("label", "The name must be " + ActivityType.MAX_LABEL + " characters or fewer");
        }
        String code = clean.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        code = code.length() > 40 ? code.substring(0, 40) : code;
        boolean taken = code.isEmpty() || em.find(ActivityType.class, code) != null
                || !em.createQuery("SELECT t.code FROM ActivityType t WHERE LOWER(t.label) = LOWER(:label)", String.class)
                .setParameter("label", clean).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("label", "There is already an activity called '" + clean + "'");
        }
        String cleanHint = hint == null || hint.isBlank() ? null : hint.strip();
        if (cleanHint != null && cleanHint.length() > 200) {
            throw new InvalidInputException("hint", "The hint must be 200 characters or fewer");
        }
        Number last = (Number) em.createQuery("SELECT COALESCE(MAX(t.position), 0) FROM ActivityType t").getSingleResult();
        ActivityType type = new ActivityType(code, clean, cleanHint, last.intValue() + 10, clock.instant());
        em.persist(type);
        audit.record(council.id(), "ACTIVITY_TYPE_ADDED", "provider_activity_type", 0, code + ": " + clean);
        return type;
    }

    /** Stops (or starts again) offering an activity. Organisations keep it; forms no longer show it. */
    @Transactional
    public void setActive(Account council, String code, boolean active) {
        requireCouncil(council);
        ActivityType type = find(code).orElseThrow(() -> new InvalidInputException("code", "That activity does not exist"));
        type.setActive(active, clock.instant());
        audit.record(council.id(), active ? "ACTIVITY_TYPE_RESTORED" : "ACTIVITY_TYPE_RETIRED",
                "provider_activity_type", 0, code);
    }

    private static void requireCouncil(Account account) {
        if (account == null || account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can change the list of activities");
        }
    }
}
