package care.circles.vetting.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.files.control.FileStore;
import care.circles.files.entity.StoredFile;
import care.circles.files.entity.Upload;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;
import care.circles.vetting.entity.CheckDetails;
import care.circles.vetting.entity.CheckStatus;
import care.circles.vetting.entity.CheckType;
import care.circles.vetting.entity.ListedCheck;
import care.circles.vetting.entity.ResultPage;
import care.circles.platform.SpokenDate;
import care.circles.vetting.entity.TransitionRefused;
import care.circles.vetting.entity.VettingChanged;
import care.circles.vetting.entity.VettingCheck;
import care.circles.vetting.entity.VettingProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * PAs send checks with their evidence; council staff verify or reject them; expired ones are
 * recorded. Every change is audited and announced ({@link VettingChanged}) in its own
 * transaction. All changes to one PA's checks take a lock on that PA's account row first, so
 * two submissions, or a decision and a submission, never interleave.
 */
@ApplicationScoped
public class VettingChecks {

    public static final String EVIDENCE_FIELD = "evidence";
    static final String SUBJECT = "vetting_check";

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<VettingChanged> changed;

    @Inject
    VettingRecords records;

    /** Today in the UK, the date every vetting rule is judged on. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /**
     * A PA sends one check with its evidence. A rejected or expired earlier one of the same check
     * is superseded at once; a verified one that is expiring keeps counting until this one is verified.
     *
     * @throws TransitionRefused     when the same check is already waiting, or verified and not yet due
     * @throws InvalidInputException when the evidence file is missing, empty, too big or of the wrong kind
     */
    @Transactional
    public VettingCheck submit(Account pa, CheckDetails details, Upload evidence, LocalDate today) {
        if (pa.role() != Role.PA) {
            throw new SecurityException("Only personal assistants send vetting checks");
        }
        lockChecksOf(pa.id());
        VettingProgress progress = records.progressOf(pa.id(), today);
        progress.whyNotSubmit(details.slot()).ifPresent(reason -> {
            throw new TransitionRefused(reason);
        });
        StoredFile file = files.store(pa, evidence, EVIDENCE_FIELD);
        VettingCheck check = new VettingCheck(pa.id(), details, file.id(), clock.instant());
        em.persist(check);
        em.flush();
        audit.record(pa.id(), "VETTING_CHECK_SUBMITTED", SUBJECT, check.id(), describe(check)
                + "; evidence file " + file.id() + " (" + file.kind().label() + ", " + file.sizeBytes()
                + " bytes, sha-256 " + file.sha256() + ")");
        List<VettingCheck> replaced = progress.replacedBySubmission(details.slot());
        replaced.forEach(old -> supersede(old, check, pa.id()));
        if (!replaced.isEmpty()) {
            changed.fire(new VettingChanged(pa.id()));
        }
        return check;
    }

    /** Council staff confirm a waiting check; it replaces any earlier verified one of the same check. */
    @Transactional
    public VettingCheck verify(Account council, long checkId, String note, LocalDate today) {
        VettingCheck check = decidable(council, checkId);
        if (check.expiresOn() != null && check.expiresOn().isBefore(today)) {
            throw new TransitionRefused("This check ran out on " + SpokenDate.of(check.expiresOn())
                    + ", so it cannot be verified. Reject it and ask the PA for a current one.");
        }
        check.verify(council.id(), note, clock.instant());
        audit.record(council.id(), "VETTING_CHECK_VERIFIED", SUBJECT, check.id(),
                describe(check) + (check.decisionNote() == null ? "" : "; note: " + check.decisionNote()));
        records.progressOf(check.paAccountId(), today).replacedByVerifying(check)
                .forEach(old -> supersede(old, check, council.id()));
        changed.fire(new VettingChanged(check.paAccountId()));
        return check;
    }

    /** Council staff refuse a waiting check, saying why; the PA sees the reason and can send it again. */
    @Transactional
    public VettingCheck reject(Account council, long checkId, String reason) {
        VettingCheck check = decidable(council, checkId);
        check.reject(council.id(), reason, clock.instant());
        audit.record(council.id(), "VETTING_CHECK_REJECTED", SUBJECT, check.id(),
                describe(check) + "; reason: " + check.decisionNote());
        changed.fire(new VettingChanged(check.paAccountId()));
        return check;
    }

    /**
     * Records every verified check whose expiry date has passed: badges already ignore them (see
     * {@link VettingCheck#statusOn}); this puts the expiry in the audit log and tells search.
     *
     * @return how many checks expired
     */
    @Transactional
    public int recordExpired(LocalDate today) {
        List<VettingCheck> due = em.createNamedQuery(VettingCheck.VERIFIED_EXPIRED_BEFORE, VettingCheck.class)
                .setParameter("today", today)
                .getResultList();
        int expired = 0;
        for (VettingCheck check : due) {
            lockChecksOf(check.paAccountId());
            em.refresh(check);
            // Another server's sweep may have got there first.
            if (check.status() == CheckStatus.VERIFIED && !check.isVerifiedOn(today)) {
                check.expire(today, clock.instant());
                audit.record(null, "VETTING_CHECK_EXPIRED", SUBJECT, check.id(),
                        describe(check) + "; expiry date " + check.expiresOn());
                changed.fire(new VettingChanged(check.paAccountId()));
                expired++;
            }
        }
        return expired;
    }

    /**
     * One PA's checks, for that PA or for council staff.
     *
     * @throws SecurityException for anyone else
     */
    public VettingProgress progressFor(Account viewer, long paAccountId, LocalDate today) {
        requireOwnerOrCouncil(viewer, paAccountId);
        return records.progressOf(paAccountId, today);
    }

    /**
     * One check, for the PA it belongs to or for council staff.
     *
     * @throws SecurityException when it exists but belongs to another PA
     */
    public Optional<VettingCheck> check(Account viewer, long checkId) {
        Optional<VettingCheck> check = Optional.ofNullable(em.find(VettingCheck.class, checkId));
        check.ifPresent(c -> requireOwnerOrCouncil(viewer, c.paAccountId()));
        return check;
    }

    /** Checks waiting for the council, oldest first, optionally of one type. */
    public ResultPage<ListedCheck> waiting(Account council, CheckType type, int page, int size) {
        requireCouncil(council);
        long total = em.createNamedQuery(VettingCheck.WAITING_COUNT, Long.class).setParameter("type", type)
                .getSingleResult();
        TypedQuery<Object[]> query = em.createNamedQuery(VettingCheck.WAITING, Object[].class).setParameter("type", type);
        return page(query, total, page, size);
    }

    /** Verified checks whose expiry date is within the next 30 days, soonest first. */
    public ResultPage<ListedCheck> expiringSoon(Account council, LocalDate today, int page, int size) {
        requireCouncil(council);
        LocalDate to = today.plusDays(VettingProgress.EXPIRING_WITHIN_DAYS);
        long total = em.createNamedQuery(VettingCheck.EXPIRING_COUNT, Long.class)
                .setParameter("from", today).setParameter("to", to).getSingleResult();
        TypedQuery<Object[]> query = em.createNamedQuery(VettingCheck.EXPIRING, Object[].class)
                .setParameter("from", today).setParameter("to", to);
        return page(query, total, page, size);
    }

    private ResultPage<ListedCheck> page(TypedQuery<Object[]> query, long total, int page, int size) {
        List<ListedCheck> items = query.setFirstResult(ResultPage.offset(page, size)).setMaxResults(size)
                .getResultStream()
                .map(row -> new ListedCheck((VettingCheck) row[0], (String) row[1]))
                .toList();
        return new ResultPage<>(items, total, page, size);
    }

    /** Locks the PA, then reads the check fresh, so the decision sees the latest state. */
    private VettingCheck decidable(Account council, long checkId) {
        requireCouncil(council);
        VettingCheck check = em.find(VettingCheck.class, checkId);
        if (check == null) {
            throw new TransitionRefused("There is no check " + checkId + ". It may have been replaced; go back to the list.");
        }
        lockChecksOf(check.paAccountId());
        em.refresh(check);
        return check;
    }

    private void supersede(VettingCheck old, VettingCheck newer, long actorId) {
        old.supersede(newer.id(), clock.instant());
        audit.record(actorId, "VETTING_CHECK_SUPERSEDED", SUBJECT, old.id(),
                describe(old) + "; replaced by check " + newer.id());
    }

    private void lockChecksOf(long paAccountId) {
        if (em.find(Account.class, paAccountId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalArgumentException("No account " + paAccountId);
        }
    }

    private static void requireCouncil(Account account) {
        if (account == null || account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can see and decide vetting checks");
        }
    }

    private static void requireOwnerOrCouncil(Account viewer, long paAccountId) {
        if (viewer == null || (viewer.role() != Role.COUNCIL && viewer.id() != paAccountId)) {
            throw new SecurityException("A PA's checks are for that PA and council staff only");
        }
    }

    private static String describe(VettingCheck check) {
        return check.slot().label() + " of PA account " + check.paAccountId();
    }
}
