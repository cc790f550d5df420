package care.circles.accreditation.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.AccreditationRefused;
import care.circles.accreditation.entity.AccreditationStatus;
import care.circles.accreditation.entity.AccreditationStep;
import care.circles.accreditation.entity.ApplicationView;
import care.circles.accreditation.entity.ChecklistItem;
import care.circles.accreditation.entity.Evidence;
import care.circles.accreditation.entity.Reason;
import care.circles.accreditation.entity.Requirement;
import care.circles.accreditation.entity.StepKind;
import care.circles.audit.control.AuditTrail;
import care.circles.files.control.FileStore;
import care.circles.files.entity.StoredFile;
import care.circles.files.entity.Upload;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Organisation;
import care.circles.provider.entity.OrganisationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The organisation's side of accreditation: starting an application (or a renewal), sending
 * evidence for each requirement, sending it to the council, answering requests for more
 * information, and responding to a suspension or withdrawal. Only the organisation's people
 * may; council staff may read. Changes to one organisation's accreditations lock its row first.
 */
@ApplicationScoped
public class AccreditationApplications {

    public static final String RESPONSE_FIELD = "response";
    public static final String PROVIDER_RESPONSE_FIELD = "providerResponse";

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    FileStore files;

    @Inject
    AccreditationRecords records;

    @Inject
    Checklists checklists;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Every application and accreditation of the viewer's organisation, newest first. */
    public List<Accreditation> ofOrganisation(Account viewer, long providerId) {
        requireMemberOrCouncil(viewer, providerId);
        return em.createNamedQuery(Accreditation.OF_PROVIDER, Accreditation.class)
                .setParameter("provider", providerId).getResultList();
    }

    /**
     * Starts an application, or a renewal of an accreditation in its last 60 days.
     *
     * @throws AccreditationRefused when one is already open, the accreditation is not due for
     *                              renewal, or the organisation cannot have this kind
     */
    @Transactional
    public Accreditation start(Account member, AccreditationKind kind, LocalDate today) {
        Organisation organisation = organisations.organisationOf(member)
                .orElseThrow(() -> new SecurityException("Register your organisation before applying"));
        organisations.lock(organisation.id());
        if (kind == AccreditationKind.MICRO_PROVIDER_QUALITY_MARK && organisation.type() != OrganisationType.MICRO_PROVIDER) {
            throw new AccreditationRefused("The micro-provider quality mark is for micro-providers only: organisations"
                    + " with " + OrganisationType.MICRO_PROVIDER_MAX_FTE + " or fewer full-time equivalent workers.");
        }
        List<Accreditation> same = em.createNamedQuery(Accreditation.OF_PROVIDER, Accreditation.class)
                .setParameter("provider", organisation.id()).getResultStream()
                .filter(a -> a.kind() == kind).toList();
        if (same.stream().anyMatch(a -> a.status().isOpenApplication())) {
            throw new AccreditationRefused("You already have an application for the " + kind.label()
                    + ". Carry on with that one.");
        }
        Optional<Accreditation> current = same.stream().filter(a -> a.statusOn(today).isGranted()).findFirst();
        if (current.isPresent() && !current.get().isRenewableOn(today)) {
            Accreditation granted = current.get();
            throw new AccreditationRefused("You hold the " + kind.label() + " until " + SpokenDate.of(granted.expiresOn())
                    + ". You can apply to renew it from " + SpokenDate.of(granted.expiresOn()
                    .minusDays(Accreditation.RENEWAL_OPENS_DAYS)) + ".");
        }
        Accreditation application = new Accreditation(organisation.id(), kind, current.map(Accreditation::id).orElse(null),
                member.id(), clock.instant());
        em.persist(application);
        em.flush();
        records.step(application, StepKind.STARTED, member.id(),
                current.isPresent() ? "Renewal of accreditation " + current.get().id() : null, null, false);
        return application;
    }

    /**
     * Sends (or replaces) the evidence for one requirement.
     *
     * @param expiresOn the date typed for evidence that runs out, like an insurance certificate
     * @throws InvalidInputException when the file or the date is wrong (field {@code evidence-<id>})
     */
    @Transactional
    public Evidence addEvidence(Account member, long applicationId, long requirementId, Upload upload,
                                String expiresOn, LocalDate today) {
        Accreditation application = lockedForMember(member, applicationId);
        if (application.status() != AccreditationStatus.DRAFT && application.status() != AccreditationStatus.INFO_REQUESTED) {
            throw new AccreditationRefused("Evidence can only be added before the application is sent, or when the"
                    + " council has asked for more information.");
        }
        Organisation organisation = organisations.find(application.providerId()).orElseThrow();
        Requirement requirement = em.find(Requirement.class, requirementId);
        if (requirement == null || requirement.getKind() != application.kind()
                || !requirement.appliesTo(organisation.regulatedPersonalCare())) {
            throw new AccreditationRefused("The council no longer asks for that. Reload the page to see the checklist.");
        }
        String field = "evidence-" + requirementId;
        LocalDate expiry = null;
        if (requirement.isNeedsExpiryDate()) {
            expiry = expiry(expiresOn, field + "-expires", today);
        }
        StoredFile file = files.store(member, upload, field);
        current(applicationId).stream().filter(e -> e.requirementId() == requirementId)
                .forEach(old -> old.replace(clock.instant()));
        Evidence evidence = new Evidence(applicationId, requirementId, file.id(), expiry, member.id(), clock.instant());
        em.persist(evidence);
        em.flush();
        audit.record(member.id(), "ACCREDITATION_EVIDENCE_ADDED", AccreditationRecords.SUBJECT, applicationId,
                requirement.getLabel() + ": file " + file.id() + " (" + file.kind().label() + ", " + file.sizeBytes()
                        + " bytes, sha-256 " + file.sha256() + ")" + (expiry == null ? "" : ", expires " + expiry));
        return evidence;
    }

    /**
     * Sends the application to the council: every requirement needs evidence that is in date.
     * After a request for more information, the organisation says what it changed.
     *
     * @throws InvalidInputException naming each requirement still missing, or the missing response
     */
    @Transactional
    public Accreditation submit(Account member, long applicationId, String response, LocalDate today) {
        Accreditation application = lockedForMember(member, applicationId);
        boolean again = application.status() == AccreditationStatus.INFO_REQUESTED;
        List<FieldProblem> problems = new ArrayList<>();
        for (ChecklistItem item : checklist(application)) {
            if (!item.isSent()) {
                problems.add(new FieldProblem(item.field(), "Send the " + lower(item.requirement().getLabel())));
            } else if (!item.isMetOn(today)) {
                problems.add(new FieldProblem(item.field(), "The " + lower(item.requirement().getLabel())
                        + " ran out on " + SpokenDate.of(item.evidence().expiresOn()) + ". Send a current one"));
            }
        }
        String answer = response == null ? "" : response.strip();
        if (again && answer.isEmpty()) {
            problems.add(new FieldProblem(RESPONSE_FIELD, "Say what you have sent or changed in answer to the council"));
        } else if (answer.length() > Reason.MAX) {
            problems.add(new FieldProblem(RESPONSE_FIELD, "This must be " + Reason.MAX + " characters or fewer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        application.submit(clock.instant());
        records.step(application, again ? StepKind.RESUBMITTED : StepKind.SUBMITTED, member.id(),
                answer.isEmpty() ? null : answer, null, false);
        return application;
    }

    /** The organisation answers a suspension, withdrawal or refusal; the council sees it in the history. */
    @Transactional
    public void respond(Account member, long applicationId, String response) {
        Accreditation application = lockedForMember(member, applicationId);
        if (application.status() != AccreditationStatus.SUSPENDED && application.status() != AccreditationStatus.WITHDRAWN
                && application.status() != AccreditationStatus.REFUSED) {
            throw new AccreditationRefused("You can respond to a suspension, a withdrawal or a refusal.");
        }
        Reason reason = Reason.of(response, PROVIDER_RESPONSE_FIELD, "Enter your response. The council will read it");
        records.step(application, StepKind.PROVIDER_RESPONSE, member.id(), reason.text(), null, false);
    }

    /** The organisation stops an application it has not had a decision on. */
    @Transactional
    public void cancel(Account member, long applicationId) {
        Accreditation application = lockedForMember(member, applicationId);
        if (application.status() == AccreditationStatus.SUBMITTED) {
            throw new AccreditationRefused("The council is looking at this application now, so it cannot be cancelled.");
        }
        application.cancel(clock.instant());
        records.step(application, StepKind.CANCELLED, member.id(), null, null, false);
    }

    /** One application with its checklist and history, for its organisation or council staff. */
    public Optional<ApplicationView> view(Account viewer, long applicationId) {
        Accreditation application = em.find(Accreditation.class, applicationId);
        if (application == null) {
            return Optional.empty();
        }
        requireMemberOrCouncil(viewer, application.providerId());
        String name = organisations.find(application.providerId()).map(Organisation::name).orElse("");
        List<AccreditationStep> history = em.createNamedQuery(AccreditationStep.OF_APPLICATION, AccreditationStep.class)
                .setParameter("id", applicationId).getResultList();
        return Optional.of(new ApplicationView(application, name, checklist(application), history));
    }

    /** The requirements that apply to the organisation, each with its current evidence. */
    List<ChecklistItem> checklist(Accreditation application) {
        boolean regulated = organisations.find(application.providerId()).map(Organisation::regulatedPersonalCare)
                .orElse(false);
        Map<Long, Evidence> evidence = new HashMap<>();
        current(application.id()).forEach(e -> evidence.put(e.requirementId(), e));
        List<ChecklistItem> items = new ArrayList<>();
        for (Requirement requirement : checklists.of(application.kind())) {
            boolean applies = requirement.appliesTo(regulated);
            Evidence sent = evidence.get(requirement.getId());
            // A requirement retired after evidence was sent still shows, so nothing sent disappears.
            if (applies || sent != null) {
                String fileName = sent == null ? null
                        : files.find(sent.fileId()).map(f -> f.originalName().value()).orElse("");
                items.add(new ChecklistItem(requirement, sent, fileName));
            }
        }
        return items.stream().filter(i -> i.requirement().appliesTo(regulated) || i.isSent()).toList();
    }

    private List<Evidence> current(long applicationId) {
        return em.createNamedQuery(Evidence.CURRENT_OF_APPLICATION, Evidence.class).setParameter("id", applicationId)
                .getResultList();
    }

    private Accreditation lockedForMember(Account member, long applicationId) {
        Accreditation application = em.find(Accreditation.class, applicationId);
        if (application == null) {
            throw new AccreditationRefused("There is no such application. Go back to your organisation's page.");
        }
        organisations.requireMember(member, application.providerId());
        organisations.lock(application.providerId());
        em.refresh(application);
        return application;
    }

    private void requireMemberOrCouncil(Account viewer, long providerId) {
        if (viewer == null || (viewer.role() != Role.COUNCIL && !organisations.isMember(viewer, providerId))) {
            throw new SecurityException("An organisation's applications are for its people and council staff only");
        }
    }

    private static LocalDate expiry(String typed, String field, LocalDate today) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException(field, "Enter the date this document runs out, like 31 March 2027");
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (date.isBefore(today)) {
                throw new InvalidInputException(field, "This document ran out on " + SpokenDate.of(date)
                        + ". Send a current one");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Enter the date as day, month and year, like 2027-03-31");
        }
    }

    /** "Safeguarding policy" reads "safeguarding policy" mid-sentence; "DBS checks" stays as it is. */
    private static String lower(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : label.substring(0, 1).toLowerCase(java.util.Locale.UK) + label.substring(1);
    }
}
