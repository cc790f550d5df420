package care.circles.accreditation.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.AccreditationRefused;
import care.circles.accreditation.entity.AccreditationStatus;
import care.circles.accreditation.entity.Conditions;
import care.circles.accreditation.entity.QueuedApplication;
import care.circles.accreditation.entity.Reason;
import care.circles.accreditation.entity.StepKind;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * The council's side of accreditation: the queue, requests for more information, accrediting
 * (with or without conditions), refusing, suspending, lifting a suspension, withdrawing, and the
 * nightly record of accreditations that reached their expiry date. Each step is audited with
 * who, when and why, in the same transaction; each change to the public view re-indexes the
 * organisation in that transaction too.
 */
@ApplicationScoped
public class AccreditationDecisions {

    /** The queue shows what waits for the council and what waits for the organisation. */
    public static final Set<AccreditationStatus> OPEN = Set.of(AccreditationStatus.SUBMITTED,
            AccreditationStatus.INFO_REQUESTED);
    public static final Set<AccreditationStatus> GRANTED = Set.of(AccreditationStatus.ACCREDITED,
            AccreditationStatus.SUSPENDED);

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    AccreditationRecords records;

    @Inject
    Clock clock;

    /** Applications and accreditations in these statuses, oldest sent first, optionally of one kind. */
    public ListPage<QueuedApplication> list(Account council, Set<AccreditationStatus> statuses, AccreditationKind kind,
                                            int page, int size) {
        requireCouncil(council);
        long total = em.createNamedQuery(Accreditation.QUEUE_COUNT, Long.class)
                .setParameter("statuses", statuses).setParameter("kind", kind).getSingleResult();
        TypedQuery<Object[]> query = em.createNamedQuery(Accreditation.QUEUE, Object[].class)
                .setParameter("statuses", statuses).setParameter("kind", kind);
        List<QueuedApplication> items = query.setFirstResult(ListPage.offset(page, size)).setMaxResults(size)
                .getResultStream().map(row -> new QueuedApplication((Accreditation) row[0], (String) row[1])).toList();
        return new ListPage<>(items, total, page, size);
    }

    /** Accreditations whose expiry date falls in the next 60 days: renewal is open for them. */
    public List<QueuedApplication> expiringSoon(Account council, LocalDate today) {
        requireCouncil(council);
        return em.createNamedQuery(Accreditation.EXPIRING, Object[].class)
                .setParameter("from", today).setParameter("to", today.plusDays(Accreditation.RENEWAL_OPENS_DAYS))
                .getResultStream().map(row -> new QueuedApplication((Accreditation) row[0], (String) row[1])).toList();
    }

    /** Sends the application back: the organisation is told what is needed and why. */
    @Transactional
    public Accreditation requestInformation(Account council, long applicationId, String what, String why) {
        Accreditation application = decidable(council, applicationId);
        Reason needed = Reason.of(what, "infoWhat", "Say what the organisation needs to send or change");
        Reason because = Reason.of(why, "infoWhy", "Say why: the organisation reads this");
        application.requestInformation();
        records.step(application, StepKind.INFO_REQUESTED, council.id(),
                "What is needed: " + needed.text() + "\nWhy: " + because.text(),
                "The council has asked for more information about your " + application.kind().label() + " application.",
                false);
        return application;
    }

    /**
     * Accredits the organisation until the expiry date, with conditions (listed publicly) or
     * without. A renewal replaces the accreditation it renews.
     */
    @Transactional
    public Accreditation accredit(Account council, long applicationId, String expiresOn, String conditions,
                                  boolean withConditions, LocalDate today) {
        Accreditation application = decidable(council, applicationId);
        LocalDate until = date(expiresOn, "expiresOn", today);
        Conditions given = withConditions ? Conditions.of(conditions) : Conditions.NONE;
        Accreditation renewed = application.renewsId() == null ? null : em.find(Accreditation.class, application.renewsId());
        LocalDate from = today;
        application.accredit(council.id(), from, until, given, clock.instant());
        if (renewed != null && renewed.status().isGranted()) {
            renewed.supersede(clock.instant());
            records.step(renewed, StepKind.RENEWED, council.id(), "Renewed by accreditation " + application.id(), null, false);
        }
        records.step(application, given.isEmpty() ? StepKind.ACCREDITED : StepKind.ACCREDITED_WITH_CONDITIONS, council.id(),
                "From " + SpokenDate.of(from) + " until " + SpokenDate.of(until) + (given.isEmpty() ? "" : "; conditions: " + String.join("; ", given.lines())),
                "Your organisation is accredited: " + application.kind().label() + ", until " + SpokenDate.of(until) + ".",
                true);
        return application;
    }

    @Transactional
    public Accreditation refuse(Account council, long applicationId, String reasons) {
        Accreditation application = decidable(council, applicationId);
        Reason reason = Reason.of(reasons, "refuseReason", "Give the reasons for refusing. The organisation reads them");
        application.refuse(council.id(), reason, clock.instant());
        records.step(application, StepKind.REFUSED, council.id(), reason.text(),
                "The council has refused your " + application.kind().label() + " application. You can read why and respond.",
                false);
        return application;
    }

    /** Takes effect at once: the organisation leaves accredited search results in this transaction. */
    @Transactional
    public Accreditation suspend(Account council, long accreditationId, String why) {
        Accreditation accreditation = decidable(council, accreditationId);
        Reason reason = Reason.of(why, "suspendReason", "Give the reason for suspending. The organisation reads it");
        accreditation.suspend(reason);
        records.step(accreditation, StepKind.SUSPENDED, council.id(), reason.text(),
                "The council has suspended your " + accreditation.kind().label() + ". You can read why and respond.", true);
        return accreditation;
    }

    @Transactional
    public Accreditation reinstate(Account council, long accreditationId, String note) {
        Accreditation accreditation = decidable(council, accreditationId);
        Reason reason = Reason.of(note, "reinstateNote", "Say why the suspension is lifted, for the record");
        accreditation.reinstate();
        records.step(accreditation, StepKind.REINSTATED, council.id(), reason.text(),
                "The council has lifted the suspension of your " + accreditation.kind().label() + ".", true);
        return accreditation;
    }

    /** Takes effect at once, like a suspension, but for good. */
    @Transactional
    public Accreditation withdraw(Account council, long accreditationId, String why) {
        Accreditation accreditation = decidable(council, accreditationId);
        Reason reason = Reason.of(why, "withdrawReason", "Give the reason for withdrawing. The organisation reads it");
        accreditation.withdraw(reason, clock.instant());
        records.step(accreditation, StepKind.WITHDRAWN, council.id(), reason.text(),
                "The council has withdrawn your " + accreditation.kind().label() + ". You can read why and respond.", true);
        return accreditation;
    }

    /**
     * Records every accreditation whose expiry date has passed as lapsed. Search already leaves
     * them out on the day (it compares dates); this writes the lapse to the audit log and the
     * history, tells the organisation, and re-indexes it.
     *
     * @return how many lapsed
     */
    @Transactional
    public int recordLapsed(LocalDate today) {
        List<Accreditation> due = em.createNamedQuery(Accreditation.EXPIRED_BEFORE, Accreditation.class)
                .setParameter("today", today).getResultList();
        int lapsed = 0;
        for (Accreditation accreditation : due) {
            organisations.lock(accreditation.providerId());
            em.refresh(accreditation);
            // Another server's sweep may have got there first.
            if (accreditation.status().isGranted() && accreditation.expiresOn().isBefore(today)) {
                accreditation.lapse(today, clock.instant());
                records.step(accreditation, StepKind.LAPSED, null, "Expiry date " + accreditation.expiresOn(),
                        "Your " + accreditation.kind().label() + " has lapsed: it ran out on "
                                + SpokenDate.of(accreditation.expiresOn()) + ".", true);
                lapsed++;
            }
        }
        return lapsed;
    }

    private Accreditation decidable(Account council, long applicationId) {
        requireCouncil(council);
        Accreditation application = em.find(Accreditation.class, applicationId);
        if (application == null) {
            throw new AccreditationRefused("There is no such application. Go back to the list.");
        }
        organisations.lock(application.providerId());
        em.refresh(application);
        return application;
    }

    private static LocalDate date(String typed, String field, LocalDate today) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException(field, "Enter the date the accreditation expires");
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (!date.isAfter(today) || date.isAfter(today.plusYears(5))) {
                throw new InvalidInputException(field, "The expiry date must be after today and within 5 years");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Enter the expiry date as year, month and day, like 2027-11-30");
        }
    }

    private static void requireCouncil(Account account) {
        if (account == null || account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can decide accreditation");
        }
    }
}
