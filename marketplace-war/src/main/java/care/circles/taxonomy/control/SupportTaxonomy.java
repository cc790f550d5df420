package care.circles.taxonomy.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.CareCategory;
import care.circles.taxonomy.entity.SupportKind;
import care.circles.taxonomy.entity.SupportType;
import care.circles.taxonomy.entity.SupportTypes;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The council's list of support types. Read often and changed rarely, so it is kept in memory;
 * each server reloads it after a minute, so a change made on one server reaches the others.
 */
@Named("supportTaxonomy")
@ApplicationScoped
public class SupportTaxonomy {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    /** The answer for a type that is no kind of care (it says who a PA supports, like Dementia). */
    public static final String NOT_CARE = "none";

    /**
     * Recorded on its own, with before and after, whenever a type's kind of care is set: it
     * decides what counts toward people's care cap.
     */
    static final String CARE_CATEGORY_SET = "SUPPORT_TYPE_CARE_CATEGORY_SET";

    /** The form field, and the id of its first radio button, that problems with the kind of care name. */
    public static final String CARE_FIELD = "careCategory";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<SupportTaxonomyChanged> changed;

    private volatile SupportTypes cached;
    private volatile Instant loadedAt = Instant.MIN;

    public SupportTypes current() {
        Instant now = clock.instant();
        if (cached == null || loadedAt.plus(FRESH_FOR).isBefore(now)) {
            List<SupportKind> kinds = em.createQuery("SELECT t FROM SupportType t", SupportType.class)
                    .getResultStream().map(SupportType::snapshot).toList();
            cached = new SupportTypes(kinds);
            loadedAt = now;
        }
        return cached;
    }

    /** For pages: the types people may choose now. */
    public List<SupportKind> getActive() {
        return current().active();
    }

    /**
     * Adds a type.
     *
     * @param careChoice which kind of care it is ({@link CareCategory#code()}), or {@link #NOT_CARE}
     */
    @Transactional
    public SupportKind add(Account council, String label, String hint, boolean needsVetting, String careChoice) {
        requireCouncil(council);
        Answers answers = checked(label, hint, careChoice, null);
        String code = SupportType.codeFor(answers.label());
        if (code.isEmpty()) {
            throw new InvalidInputException("label", "Use letters or numbers in the name");
        }
        if (em.find(SupportType.class, code) != null) {
            throw new InvalidInputException("label", "There is already a support type called '" + answers.label() + "'");
        }
        Number last = (Number) em.createQuery("SELECT COALESCE(MAX(t.position), 0) FROM SupportType t").getSingleResult();
        Instant now = clock.instant();
        SupportType type = new SupportType(code, answers.label(), answers.hint(), last.intValue() + 10, needsVetting, now);
        type.classify(answers.care().orElse(null), now);
        em.persist(type);
        audit.record(council.id(), "SUPPORT_TYPE_ADDED", "support_type", 0, code + ": " + answers.label());
        audit.record(council.id(), CARE_CATEGORY_SET, "support_type", 0, code + ": added as " + named(type.getCareCategory()));
        return announce(type, false);
    }

    /**
     * Changes a type. A new kind of care applies to payments from now on: what has counted on
     * care accounts already stays as it is.
     *
     * @param careChoice which kind of care it is ({@link CareCategory#code()}), or {@link #NOT_CARE}
     */
    @Transactional
    public SupportKind describe(Account council, String code, String label, String hint, boolean needsVetting,
                                String careChoice) {
        requireCouncil(council);
        SupportType type = existing(code);
        Answers answers = checked(label, hint, careChoice, code);
        String before = type.getLabel() + (type.isNeedsVetting() ? " (needs vetting)" : "");
        String careBefore = type.getCareCategory();
        boolean searchChanges = !type.getLabel().equals(answers.label()) || type.isNeedsVetting() != needsVetting;
        Instant now = clock.instant();
        type.describe(answers.label(), answers.hint(), needsVetting, now);
        type.classify(answers.care().orElse(null), now);
        audit.record(council.id(), "SUPPORT_TYPE_CHANGED", "support_type", 0,
                code + ": " + before + " -> " + answers.label() + (needsVetting ? " (needs vetting)" : ""));
        if (!Objects.equals(careBefore, type.getCareCategory())) {
            audit.record(council.id(), CARE_CATEGORY_SET, "support_type", 0,
                    code + ": " + named(careBefore) + " -> " + named(type.getCareCategory()));
        }
        // Labels and who may offer the type live in every listing: a change there means a rebuild.
        return announce(type, searchChanges);
    }

    private static String named(String careCategory) {
        return careCategory == null ? NOT_CARE : careCategory;
    }

    /** Stops (or starts again) offering a type. Profiles keep it; forms no longer show it. */
    @Transactional
    public SupportKind setActive(Account council, String code, boolean active) {
        requireCouncil(council);
        SupportType type = existing(code);
        type.setActive(active, clock.instant());
        audit.record(council.id(), active ? "SUPPORT_TYPE_RESTORED" : "SUPPORT_TYPE_RETIRED", "support_type", 0, code);
        return announce(type, false);
    }

    /** Moves a type one place up (towards the top of forms) or down. */
    @Transactional
    public void move(Account council, String code, boolean up) {
        requireCouncil(council);
        List<SupportType> ordered = em.createQuery("SELECT t FROM SupportType t ORDER BY t.position, t.label",
                SupportType.class).getResultList();
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getCode().equals(code)) {
                at = i;
            }
        }
        int other = up ? at - 1 : at + 1;
        if (at < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        List<SupportType> reordered = new ArrayList<>(ordered);
        reordered.set(at, ordered.get(other));
        reordered.set(other, ordered.get(at));
        Instant now = clock.instant();
        for (int i = 0; i < reordered.size(); i++) {
            reordered.get(i).moveTo((i + 1) * 10, now);
        }
        cached = null;
    }

    /** Forget again once the change is committed, in case a reader cached the old list in between. */
    void forgetAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(100) SupportTaxonomyChanged change) {
        cached = null;
    }

    private SupportKind announce(SupportType type, boolean searchChanges) {
        cached = null;
        changed.fire(new SupportTaxonomyChanged(type.getCode(), searchChanges));
        return type.snapshot();
    }

    private SupportType existing(String code) {
        SupportType type = code == null ? null : em.find(SupportType.class, code);
        if (type == null) {
            throw new InvalidInputException("code", "That support type does not exist");
        }
        return type;
    }

    /** A form's answers once every one is checked; all problems are reported together. */
    private record Answers(String label, String hint, Optional<CareCategory> care) {
    }

    private Answers checked(String label, String hint, String careChoice, String ownCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanLabel = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        if (cleanLabel.isEmpty()) {
            problems.add(new FieldProblem("label", "Enter the name people will see, like Stroke recovery"));
        } else if (cleanLabel.length() > SupportType.MAX_LABEL) {
            problems.add(new FieldProblem("label", "The name must be " + SupportType.MAX_LABEL + " characters or fewer"));
        } else {
            List<String> clashes = em.createQuery(
                            "SELECT t.code FROM SupportType t WHERE LOWER(t.label) = LOWER(:label)", String.class)
                    .setParameter("label", cleanLabel).getResultList();
            if (clashes.stream().anyMatch(code -> !code.equals(ownCode))) {
                problems.add(new FieldProblem("label", "There is already a support type called '" + cleanLabel + "'"));
            }
        }
        if (hint != null && hint.strip().length() > SupportType.MAX_HINT) {
            problems.add(new FieldProblem("hint", "The hint must be " + SupportType.MAX_HINT + " characters or fewer"));
        }
        Optional<CareCategory> care = Optional.empty();
        if (careChoice == null || careChoice.isBlank()) {
            problems.add(new FieldProblem(CARE_FIELD, "Choose which kind of care this is, or that it is not a kind of care"));
        } else if (!NOT_CARE.equals(careChoice)) {
            care = CareCategory.ofCode(careChoice);
            if (care.isEmpty()) {
                problems.add(new FieldProblem(CARE_FIELD, "Choose one of the kinds of care listed"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Answers(cleanLabel, hint, care);
    }

    private static void requireCouncil(Account account) {
        if (account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can change the support types");
        }
    }
}
