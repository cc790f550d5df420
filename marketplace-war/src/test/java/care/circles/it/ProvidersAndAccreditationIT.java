package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.entity.Account;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.accreditation.boundary.NightlyLapseSweep;
import care.circles.accreditation.control.AccreditationApplications;
import care.circles.accreditation.control.AccreditationDecisions;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.control.Checklists;
import care.circles.accreditation.entity.Accreditation;
import care.circles.accreditation.entity.AccreditationKind;
import care.circles.accreditation.entity.AccreditationRefused;
import care.circles.accreditation.entity.AccreditationStatus;
import care.circles.accreditation.entity.ActiveAccreditation;
import care.circles.accreditation.entity.ApplicationView;
import care.circles.accreditation.entity.ChecklistItem;
import care.circles.accreditation.entity.Requirement;
import care.circles.accreditation.entity.StepKind;
import care.circles.files.control.FileStore;
import care.circles.files.entity.Upload;
import care.circles.platform.InvalidInputException;
import care.circles.provider.control.OrganisationListing;
import care.circles.provider.control.Organisations;
import care.circles.provider.control.Reviews;
import care.circles.provider.entity.Review;
import care.circles.provider.entity.MemberRole;
import care.circles.provider.entity.Membership;
import care.circles.provider.entity.Organisation;
import care.circles.search.control.SearchConnection;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Organisations, colleagues, provider search and the accreditation workflow on the real stack:
 * every transition with its audit record, expiry, renewal and lapse judged by date, suspension
 * leaving search at once, and evidence that only the organisation and the council can open.
 */
@ExtendWith(ArquillianExtension.class)
class ProvidersAndAccreditationIT {

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(ProviderFixtures.class, WebSession.class, WebSession.FilePart.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ProviderFixtures fixtures;

    @Inject
    Organisations organisations;

    @Inject
    AccreditationApplications applications;

    @Inject
    Reviews reviews;

    @Inject
    AccreditationDecisions decisions;

    @Inject
    Accreditations accreditations;

    @Inject
    FileStore files;

    @Inject
    NightlyLapseSweep sweep;

    @Inject
    Checklists checklists;

    @Inject
    SearchConnection search;

    @PersistenceContext
    EntityManager em;

    // ---- organisations and colleagues ----

    @Test
    void aProviderRegistersItsOrganisationAndBecomesItsOwner() {
        Account owner = fixtures.newAccount(Role.PROVIDER);
        Organisation organisation = fixtures.organisation(owner, "Owner Test " + token());

        Membership membership = organisations.membershipOf(owner).orElseThrow();
        assertEquals(organisation.id(), membership.providerId());
        assertEquals(MemberRole.OWNER, membership.role());
        assertEquals(1, audited("ORGANISATION_REGISTERED", "provider", organisation.id(), owner.id()));
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> fixtures.organisation(owner, "Second " + token()));
        assertTrue(twice.problems().get(0).message().contains("already work for an organisation"));
    }

    @Test
    void personalCareNeedsACqcRegistration() {
        Map<String, String> answers = fixtures.answers("Care " + token());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> fixtures.details(answers, List.of("PERSONAL_CARE"), List.of()));
        assertEquals("regulated", refused.problems().get(0).field());
        answers.put("regulated", "yes");
        answers.put("cqcNumber", "1-123456789");
        assertEquals("1-123456789", fixtures.details(answers, List.of("PERSONAL_CARE"), List.of()).cqcNumber());
    }

    @Test
    void anOwnerInvitesAColleagueWhoJoinsWithANewAccountButStaffCannotInvite() {
        Account owner = fixtures.ownerOfNewOrganisation("Invites " + token());
        String email = "colleague-" + UUID.randomUUID() + "@example.test";
        Organisations.InvitationLink link = organisations.invite(owner, email, "STAFF");
        assertTrue(organisations.openInvitation(link.token()).isPresent());

        Account colleague = organisations.acceptWithNewAccount(link.token(), NewPassword.of("Another-long-pass", "Another-long-pass"));

        assertEquals(Role.PROVIDER, colleague.role());
        assertEquals(MemberRole.STAFF, organisations.membershipOf(colleague).orElseThrow().role());
        assertTrue(organisations.openInvitation(link.token()).isEmpty(), "an invitation works once");
        assertEquals(2, organisations.colleagues(owner).size());
        assertThrows(SecurityException.class, () -> organisations.invite(colleague, "x-" + UUID.randomUUID() + "@example.test", "STAFF"));
        long providerId = organisations.membershipOf(owner).orElseThrow().providerId();
        assertEquals(1, audited("COLLEAGUE_INVITED", "provider", providerId, owner.id()));
        assertEquals(1, audited("COLLEAGUE_JOINED", "provider", providerId, colleague.id()));

        organisations.remove(owner, colleague.id());
        assertTrue(organisations.membershipOf(colleague).isEmpty());
        assertEquals(1, audited("COLLEAGUE_REMOVED", "provider", providerId, owner.id()));
    }

    @Test
    void peopleWithCareReviewAnOrganisationOnceAndCouncilStaffCanRemoveAReviewWithAReason() {
        Account owner = fixtures.ownerOfNewOrganisation("Reviewed " + token());
        long providerId = providerOf(owner);
        Account person = fixtures.newAccount(Role.DP_HOLDER);
        assertThrows(SecurityException.class, () -> reviews.write(owner, providerId, "5", "We are simply the best"),
                "an organisation cannot review itself");
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> reviews.write(person, providerId, null, ""));
        assertEquals(List.of("rating", "words"), empty.problems().stream().map(p -> p.field()).toList());

        Review review = reviews.write(person, providerId, "4", "Kind, on time, and they know my routine");
        assertEquals(List.of(review.id()), reviews.shown(providerId).stream().map(Review::id).toList());
        assertThrows(InvalidInputException.class, () -> reviews.write(person, providerId, "1", "Changed my mind entirely"),
                "one review each");
        assertThrows(SecurityException.class, () -> reviews.remove(owner, review.id(), "I do not like it"));

        reviews.remove(fixtures.council(), review.id(), "Names a member of staff");
        assertTrue(reviews.shown(providerId).isEmpty());
        assertEquals(1, audited("REVIEW_REMOVED", "organisation_review", review.id(), fixtures.council().id()));
    }

    // ---- the accreditation workflow ----

    @Test
    void everyStepOfAnApplicationIsInItsHistoryAndTheAuditLogWithWhoAndWhy() {
        Account owner = fixtures.ownerOfNewOrganisation("Workflow " + token());
        long providerId = providerOf(owner);
        Accreditation application = fixtures.submitted(owner, AccreditationKind.MICRO_PROVIDER_QUALITY_MARK, today());
        assertEquals(AccreditationStatus.SUBMITTED, application.status());

        decisions.requestInformation(fixtures.council(), application.id(), "A clearer safeguarding policy",
                "The one sent has no name of a safeguarding lead");
        assertEquals(AccreditationStatus.INFO_REQUESTED, statusOf(application.id()));
        InvalidInputException noAnswer = assertThrows(InvalidInputException.class,
                () -> applications.submit(owner, application.id(), " ", today()));
        assertEquals(AccreditationApplications.RESPONSE_FIELD, noAnswer.problems().get(0).field());
        applications.submit(owner, application.id(), "Policy now names Sam as our lead", today());

        decisions.accredit(fixtures.council(), application.id(), today().plusYears(1).toString(),
                "Safeguarding training for all staff by March", true, today());

        assertTrue(accreditations.isAccredited(providerId));
        ActiveAccreditation active = accreditations.activeAccreditations(providerId).get(0);
        assertEquals(List.of("Safeguarding training for all staff by March"), active.conditions());
        assertEquals(today().plusYears(1), active.expiresOn());
        long council = fixtures.council().id();
        assertEquals(1, audited("ACCREDITATION_STARTED", application.id(), owner.id()));
        assertEquals(1, audited("ACCREDITATION_SUBMITTED", application.id(), owner.id()));
        assertEquals(1, audited("ACCREDITATION_INFO_REQUESTED", application.id(), council));
        assertTrue(auditDetail("ACCREDITATION_INFO_REQUESTED", application.id()).contains("no name of a safeguarding lead"),
                "the why is in the audit log");
        assertEquals(1, audited("ACCREDITATION_RESUBMITTED", application.id(), owner.id()));
        assertEquals(1, audited("ACCREDITATION_ACCREDITED_WITH_CONDITIONS", application.id(), council));
        ApplicationView view = applications.view(owner, application.id()).orElseThrow();
        assertEquals(List.of(StepKind.STARTED, StepKind.SUBMITTED, StepKind.INFO_REQUESTED, StepKind.RESUBMITTED,
                StepKind.ACCREDITED_WITH_CONDITIONS), view.history().stream().map(s -> s.step()).toList());
    }

    @Test
    void anAccreditationWithoutConditionsIsAuditedAsPlainlyAccreditedByTheCouncil() {
        Account owner = fixtures.ownerOfNewOrganisation("Plain " + token());
        Accreditation application = fixtures.submitted(owner, AccreditationKind.DORSET_CARE_FRAMEWORK, today());

        decisions.accredit(fixtures.council(), application.id(), today().plusYears(3).toString(), null, false, today());

        long council = fixtures.council().id();
        assertEquals(1, audited("ACCREDITATION_ACCREDITED", application.id(), council));
        assertEquals(0, audited("ACCREDITATION_ACCREDITED_WITH_CONDITIONS", application.id(), council));
        String detail = auditDetail("ACCREDITATION_ACCREDITED", application.id());
        assertTrue(detail.contains("DORSET_CARE_FRAMEWORK") && detail.contains("now ACCREDITED"), detail);
        assertEquals(List.of(), accreditations.activeAccreditations(providerOf(owner)).get(0).conditions());
    }

    @Test
    void councilStaffAddARequirementThatApplicationsMustMeetAndRetireItWithBothAudited() {
        Account owner = fixtures.ownerOfNewOrganisation("Checklist " + token());
        Accreditation application = applications.start(owner, AccreditationKind.MICRO_PROVIDER_QUALITY_MARK, today());
        fixtures.sendEvidence(owner, application, today());
        assertThrows(SecurityException.class, () -> checklists.add(owner, AccreditationKind.MICRO_PROVIDER_QUALITY_MARK,
                "Fire safety certificate", null, false, false), "only council staff change checklists");
        String label = "Fire safety certificate " + token();
        Requirement added = checklists.add(fixtures.council(), AccreditationKind.MICRO_PROVIDER_QUALITY_MARK, label,
                "From the last 12 months", false, false);
        try {
            InvalidInputException missing = assertThrows(InvalidInputException.class,
                    () -> applications.submit(owner, application.id(), null, today()), "the new requirement is asked for");
            assertEquals(List.of("evidence-" + added.getId()), missing.problems().stream().map(p -> p.field()).toList());
        } finally {
            checklists.setActive(fixtures.council(), added.getId(), false);
        }

        assertEquals(AccreditationStatus.SUBMITTED, applications.submit(owner, application.id(), null, today()).status(),
                "once retired it is no longer asked for");
        Requirement retired = checklists.of(AccreditationKind.MICRO_PROVIDER_QUALITY_MARK).stream()
                .filter(r -> r.getId().equals(added.getId())).findFirst().orElseThrow(() -> new AssertionError("never deleted"));
        assertFalse(retired.isActive());
        long council = fixtures.council().id();
        assertEquals(1, audited("ACCREDITATION_REQUIREMENT_ADDED", "accreditation_requirement", added.getId(), council));
        assertEquals(1, audited("ACCREDITATION_REQUIREMENT_RETIRED", "accreditation_requirement", added.getId(), council));
    }

    @Test
    void anApplicationCannotBeSentUntilEveryRequirementHasEvidence() {
        Account owner = fixtures.ownerOfNewOrganisation("Missing " + token());
        Accreditation application = applications.start(owner, AccreditationKind.DORSET_CARE_FRAMEWORK, today());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> applications.submit(owner, application.id(), null, today()));
        List<ChecklistItem> checklist = applications.view(owner, application.id()).orElseThrow().checklist();
        assertEquals(checklist.stream().filter(i -> !i.requirement().isOnlyIfRegulated()).count(), missing.problems().size(),
                "each requirement is named: " + missing.problems());
        assertTrue(checklist.stream().anyMatch(i -> i.requirement().isOnlyIfRegulated()) == false,
                "the CQC item is not asked of an organisation without regulated personal care");
        assertEquals(AccreditationStatus.DRAFT, statusOf(application.id()));
    }

    @Test
    void evidenceThatHasRunOutIsRefused() {
        Account owner = fixtures.ownerOfNewOrganisation("Expired " + token());
        Accreditation application = applications.start(owner, AccreditationKind.ISF_PROVIDER, today());
        ChecklistItem insurance = applications.view(owner, application.id()).orElseThrow().checklist().stream()
                .filter(i -> i.requirement().isNeedsExpiryDate()).findFirst().orElseThrow();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> applications.addEvidence(owner,
                application.id(), insurance.requirement().getId(), Upload.of("insurance.pdf", ProviderFixtures.PDF),
                today().minusDays(1).toString(), today()));
        assertEquals(insurance.field() + "-expires", refused.problems().get(0).field());
    }

    @Test
    void refusingNeedsReasonsWhichTheOrganisationReadsAndAnswers() {
        Account owner = fixtures.ownerOfNewOrganisation("Refused " + token());
        Accreditation application = fixtures.submitted(owner, AccreditationKind.DORSET_CARE_FRAMEWORK, today());
        assertThrows(InvalidInputException.class, () -> decisions.refuse(fixtures.council(), application.id(), ""));
        assertEquals(AccreditationStatus.SUBMITTED, statusOf(application.id()));

        decisions.refuse(fixtures.council(), application.id(), "No business continuity plan for winter");
        applications.respond(owner, application.id(), "We will send one with a new application");

        assertEquals(AccreditationStatus.REFUSED, statusOf(application.id()));
        assertEquals("No business continuity plan for winter",
                applications.view(owner, application.id()).orElseThrow().application().decisionReason());
        assertEquals(1, audited("ACCREDITATION_REFUSED", application.id(), fixtures.council().id()));
        assertEquals(1, audited("ACCREDITATION_PROVIDER_RESPONSE", application.id(), owner.id()));
        assertFalse(accreditations.isAccredited(providerOf(owner)));
        assertThrows(AccreditationRefused.class, () -> decisions.accredit(fixtures.council(), application.id(),
                today().plusYears(1).toString(), null, false, today()), "a refused application stays refused");
    }

    @Test
    void onlyCouncilStaffDecideAndOnlyTheOrganisationApplies() {
        Account owner = fixtures.ownerOfNewOrganisation("Roles " + token());
        Account other = fixtures.ownerOfNewOrganisation("Other " + token());
        Accreditation application = fixtures.submitted(owner, AccreditationKind.MICRO_PROVIDER_QUALITY_MARK, today());
        assertThrows(SecurityException.class, () -> decisions.accredit(owner, application.id(),
                today().plusYears(1).toString(), null, false, today()));
        assertThrows(SecurityException.class, () -> decisions.list(owner, AccreditationDecisions.OPEN, null, 1, 20));
        assertThrows(SecurityException.class, () -> applications.view(other, application.id()));
        assertThrows(SecurityException.class, () -> applications.respond(other, application.id(), "Not mine"));
        assertTrue(applications.view(fixtures.council(), application.id()).isPresent());
        assertEquals(AccreditationStatus.SUBMITTED, statusOf(application.id()));
    }

    @Test
    void theQualityMarkIsForMicroProvidersOnly() {
        Account owner = fixtures.newAccount(Role.PROVIDER);
        Map<String, String> answers = fixtures.answers("Larger " + token());
        answers.put("organisationType", "LARGER_PROVIDER");
        answers.put("fullTimeEquivalent", "20");
        organisations.register(owner, fixtures.details(answers, List.of("MEALS"), List.of()));
        AccreditationRefused refused = assertThrows(AccreditationRefused.class,
                () -> applications.start(owner, AccreditationKind.MICRO_PROVIDER_QUALITY_MARK, today()));
        assertTrue(refused.getMessage().contains("micro-providers only"));
    }

    @Test
    void evidenceIsPrivateToTheOrganisationAndCouncilStaff() {
        Account owner = fixtures.ownerOfNewOrganisation("Private " + token());
        Organisations.InvitationLink link = organisations.invite(owner, "staff-" + UUID.randomUUID() + "@example.test", "STAFF");
        Account colleague = organisations.acceptWithNewAccount(link.token(), NewPassword.of("Another-long-pass", "Another-long-pass"));
        Accreditation application = fixtures.submitted(owner, AccreditationKind.ISF_PROVIDER, today());
        long fileId = applications.view(owner, application.id()).orElseThrow().checklist().get(0).evidence().fileId();

        assertTrue(files.readableBy(fileId, owner).isPresent());
        assertTrue(files.readableBy(fileId, colleague).isPresent(), "colleagues share their organisation's evidence");
        assertTrue(files.readableBy(fileId, fixtures.council()).isPresent());
        Account otherProvider = fixtures.ownerOfNewOrganisation("Nosy " + token());
        assertThrows(SecurityException.class, () -> files.readableBy(fileId, otherProvider));
        assertThrows(SecurityException.class, () -> files.readableBy(fileId, fixtures.dpHolder()));
    }

    // ---- expiry, renewal, lapse, suspension, withdrawal ----

    @Test
    void anAccreditationPastItsExpiryDateStopsCountingAndTheSweepRecordsTheLapseOnce() {
        Account owner = fixtures.ownerOfNewOrganisation("Lapse " + token());
        long providerId = providerOf(owner);
        LocalDate then = today().minusDays(400);
        Accreditation old = fixtures.accredited(owner, AccreditationKind.DORSET_CARE_FRAMEWORK, then, today().minusDays(35));
        assertTrue(old.isActiveOn(then.plusDays(30)), "it counted while in date");

        assertFalse(accreditations.isAccredited(providerId), "not once past its expiry date, before any sweep");
        assertEquals(AccreditationStatus.LAPSED, old.statusOn(today()));

        assertTrue(decisions.recordLapsed(today()) >= 1);
        assertEquals(AccreditationStatus.LAPSED, statusOf(old.id()));
        assertEquals(1, audited("ACCREDITATION_LAPSED", old.id(), null));
        decisions.recordLapsed(today());
        assertEquals(1, audited("ACCREDITATION_LAPSED", old.id(), null), "recorded once, however often the sweep runs");
    }

    @Test
    void theLapseSweepIsScheduledToRunWithinADay() {
        Instant next = sweep.nextRun().orElseThrow(() -> new AssertionError("the nightly sweep has no timer"));
        assertTrue(next.isAfter(Instant.now()) && next.isBefore(Instant.now().plus(Duration.ofHours(25))), next.toString());
    }

    @Test
    void renewalOpensSixtyDaysBeforeExpiryAndReplacesTheAccreditationItRenews() {
        Account owner = fixtures.ownerOfNewOrganisation("Renewal " + token());
        Accreditation current = fixtures.accredited(owner, AccreditationKind.ISF_PROVIDER, today(), today().plusDays(90));
        AccreditationRefused early = assertThrows(AccreditationRefused.class,
                () -> applications.start(owner, AccreditationKind.ISF_PROVIDER, today()));
        assertTrue(early.getMessage().contains("renew it from"), early.getMessage());

        LocalDate inWindow = today().plusDays(31);
        Accreditation renewal = applications.start(owner, AccreditationKind.ISF_PROVIDER, inWindow);
        assertEquals(current.id(), renewal.renewsId());
        fixtures.sendEvidence(owner, renewal, today());
        applications.submit(owner, renewal.id(), null, today());
        decisions.accredit(fixtures.council(), renewal.id(), today().plusYears(2).toString(), null, false, today());

        assertEquals(AccreditationStatus.SUPERSEDED, statusOf(current.id()));
        assertEquals(1, audited("ACCREDITATION_RENEWED", current.id(), fixtures.council().id()));
        assertEquals(List.of(today().plusYears(2)), accreditations.activeAccreditations(providerOf(owner)).stream()
                .map(ActiveAccreditation::expiresOn).toList(), "one accreditation in force: the renewal");
    }

    @Test
    void suspensionAndWithdrawalTakeEffectAtOnceWithAReasonTheOrganisationCanAnswer() {
        Account owner = fixtures.ownerOfNewOrganisation("Suspend " + token());
        long providerId = providerOf(owner);
        Accreditation accreditation = fixtures.accredited(owner, AccreditationKind.DORSET_CARE_FRAMEWORK);
        assertThrows(InvalidInputException.class, () -> decisions.suspend(fixtures.council(), accreditation.id(), " "));

        decisions.suspend(fixtures.council(), accreditation.id(), "A safeguarding concern is being looked into");
        assertFalse(accreditations.isAccredited(providerId), "suspended at once");
        applications.respond(owner, accreditation.id(), "We are working with the safeguarding team");
        decisions.reinstate(fixtures.council(), accreditation.id(), "The concern was not upheld");
        assertTrue(accreditations.isAccredited(providerId));
        decisions.withdraw(fixtures.council(), accreditation.id(), "Insurance was not renewed");

        assertFalse(accreditations.isAccredited(providerId));
        assertEquals(AccreditationStatus.WITHDRAWN, statusOf(accreditation.id()));
        long council = fixtures.council().id();
        assertEquals(1, audited("ACCREDITATION_SUSPENDED", accreditation.id(), council));
        assertEquals(1, audited("ACCREDITATION_REINSTATED", accreditation.id(), council));
        assertEquals(1, audited("ACCREDITATION_WITHDRAWN", accreditation.id(), council));
        assertTrue(auditDetail("ACCREDITATION_WITHDRAWN", accreditation.id()).contains("Insurance was not renewed"));
        assertThrows(AccreditationRefused.class, () -> decisions.reinstate(fixtures.council(), accreditation.id(), "Oops"),
                "a withdrawal is final");
    }

    @Test
    void suspendingWritesTheSearchChangeInTheSameTransaction() {
        Account owner = fixtures.ownerOfNewOrganisation("Outbox " + token());
        long providerId = providerOf(owner);
        Accreditation accreditation = fixtures.accredited(owner, AccreditationKind.DORSET_CARE_FRAMEWORK);
        long before = outboxRows(providerId);
        decisions.suspend(fixtures.council(), accreditation.id(), "Checking a complaint");
        assertEquals(before + 1, outboxRows(providerId));
        assertFalse(latestListing(providerId).contains("DORSET_CARE_FRAMEWORK"), "the listing no longer says accredited");
    }

    // ---- search and pages, as a client sees them ----

    @Test
    @RunAsClient
    void theProviderApiFindsAccreditedOrganisationsAndDropsASuspendedOneAtOnce() throws Exception {
        HttpProbe http = new HttpProbe(base);
        WebSession council = WebSession.signedIn(base, "council@demo.circles.test", "Demo-password-1");
        // The demo data's Dorset Care Framework member expiring soon is the demo provider.
        HttpResponse<String> framework = http.getUntil("/api/v1/providers?framework=true&q=Stour%20Valley%20Day%20Services",
                r -> total(r) >= 1, Duration.ofSeconds(20));
        assertTrue(framework.body().contains("\"kind\":\"DORSET_CARE_FRAMEWORK\""), framework.body());
        assertTrue(framework.body().contains("\"expiresOn\""), "dates are listed");
        String accreditationId = WebSession.find(council.get("/council/accreditations.xhtml?show=granted&kind=DORSET_CARE_FRAMEWORK").body(),
                "accreditation.xhtml\\?id=([0-9]+)\">Open<span class=\"visually-hidden\"> Dorset Care Framework of Stour Valley Day Services");
        assertTrue(http.get("/organisations/index.xhtml?q=Stour&only=framework").body().contains("Stour Valley Day Services"));

        HttpResponse<String> suspended = council.submit("/council/accreditation.xhtml?id=" + accreditationId, "suspendForm",
                "Suspend now", Map.of("suspendReason", "Checking a complaint from a family"), null);
        assertEquals(200, suspended.statusCode());
        assertTrue(suspended.body().contains("Suspended now"), suspended.body());
        assertEquals(0, total(http.getUntil("/api/v1/providers?framework=true&q=Stour%20Valley%20Day%20Services",
                r -> total(r) == 0, Duration.ofSeconds(10))), "gone from framework results within moments");

        council.submit("/council/accreditation.xhtml?id=" + accreditationId, "reinstateForm", "Lift the suspension",
                Map.of("reinstateNote", "Complaint resolved"), null);
        assertEquals(1, total(http.getUntil("/api/v1/providers?framework=true&q=Stour%20Valley%20Day%20Services",
                r -> total(r) == 1, Duration.ofSeconds(10))));
    }

    @Test
    void theAccreditedAndIsfProviderFiltersFindOnlyOrganisationsWithThatAccreditationInForce() throws Exception {
        String token = token();
        fixtures.ownerOfNewOrganisation("Filtered Plain " + token);
        Account framework = fixtures.ownerOfNewOrganisation("Filtered Framework " + token);
        fixtures.accredited(framework, AccreditationKind.DORSET_CARE_FRAMEWORK);
        Account broker = fixtures.ownerOfNewOrganisation("Filtered Broker " + token);
        fixtures.accredited(broker, AccreditationKind.ISF_PROVIDER);
        HttpProbe http = new HttpProbe(base);

        HttpResponse<String> all = http.getUntil("/api/v1/providers?q=" + token + "&accredited=true",
                r -> total(r) == 2, Duration.ofSeconds(20));
        assertEquals(2, total(all), all.body());
        assertTrue(all.body().contains("Filtered Framework " + token) && all.body().contains("Filtered Broker " + token));
        assertFalse(all.body().contains("Filtered Plain " + token), "not accredited, so not listed");
        HttpResponse<String> isf = http.get("/api/v1/providers?q=" + token + "&isf=true");
        assertEquals(1, total(isf), isf.body());
        assertTrue(isf.body().contains("Filtered Broker " + token) && isf.body().contains("\"kind\":\"ISF_PROVIDER\""));
        assertEquals(3, total(http.get("/api/v1/providers?q=" + token)), "all three without a filter");
        String page = http.get("/organisations/index.xhtml?q=" + token + "&only=isf").body();
        assertTrue(page.contains("Filtered Broker " + token) && !page.contains("Filtered Framework " + token),
                "the page's ISF filter is the same search");
    }

    @Test
    void anAccreditationLeavesTheAccreditedFilterOnTheDayAfterItsExpiryBeforeAnySweep() throws Exception {
        String token = token();
        Account broker = fixtures.ownerOfNewOrganisation("Expiring " + token);
        Accreditation accreditation = fixtures.accredited(broker, AccreditationKind.ISF_PROVIDER, today().minusDays(300),
                today().plusDays(5));
        HttpProbe http = new HttpProbe(base);
        assertEquals(1, total(http.getUntil("/api/v1/providers?q=" + token + "&isf=true", r -> total(r) == 1,
                Duration.ofSeconds(20))), "listed while in date");

        // The day after it runs out: the index still reads as it was last written, before the expiry.
        fixtures.expiresOn(accreditation, today().minusDays(1));
        fixtures.indexedAsOn(broker, today().minusDays(2));
        String expiredOn = today().minusDays(1).toString();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!expiredOn.equals(indexedIsfUntil(providerOf(broker))) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(expiredOn, indexedIsfUntil(providerOf(broker)), "the index holds yesterday's expiry date");

        assertEquals(0, total(http.getUntil("/api/v1/providers?q=" + token + "&isf=true", r -> total(r) == 0,
                Duration.ofSeconds(5))), "gone from the ISF filter once the index refreshes, with no sweep or re-index");
        assertEquals(0, total(http.get("/api/v1/providers?q=" + token + "&accredited=true")), "and from accredited");
        HttpResponse<String> unfiltered = http.get("/api/v1/providers?q=" + token);
        assertEquals(1, total(unfiltered), "still an organisation anyone can find");
        assertFalse(unfiltered.body().contains("ISF_PROVIDER"), "no longer shown as accredited: " + unfiltered.body());
    }

    private String indexedIsfUntil(long providerId) throws java.io.IOException {
        OrganisationListing listing = search.cluster().client().get(g -> g.index(OrganisationListing.INDEX)
                .id(String.valueOf(providerId)), OrganisationListing.class).source();
        return listing == null ? null : listing.isfUntil();
    }

    @Test
    @RunAsClient
    void theProviderApiAnswersBadParametersWithProblemJson() {
        HttpResponse<String> bad = new HttpProbe(base).get("/api/v1/providers?near=Atlantis&offers=FLYING&accredited=maybe&sort=rate");
        assertEquals(400, bad.statusCode());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        for (String field : List.of("near", "offers", "accredited", "sort")) {
            assertTrue(bad.body().contains("\"field\":\"" + field + "\""), field + " in " + bad.body());
        }
        assertTrue(new HttpProbe(base).get("/openapi").body().contains("/api/v1/providers"), "documented in OpenAPI");
    }

    @Test
    @RunAsClient
    void providerPagesAreForProvidersAndCouncilPagesForCouncilStaff() {
        WebSession anonymous = WebSession.anonymous(base);
        assertEquals(302, anonymous.get("/provider/index.xhtml").statusCode());
        assertEquals(200, anonymous.get("/organisations/index.xhtml").statusCode());
        WebSession dp = WebSession.signedIn(base, "dp@demo.circles.test", "Demo-password-1");
        assertEquals(403, dp.get("/provider/index.xhtml").statusCode());
        assertEquals(403, dp.get("/council/accreditations.xhtml").statusCode());
        WebSession provider = WebSession.signedIn(base, "provider@demo.circles.test", "Demo-password-1");
        assertEquals(200, provider.get("/provider/index.xhtml").statusCode());
        assertEquals(403, provider.get("/council/accreditation.xhtml?id=1").statusCode());
        assertEquals(404, anonymous.get("/organisations/organisation.xhtml?id=987654321").statusCode());
    }

    // ---- helpers ----

    private LocalDate today() {
        return accreditations.today();
    }

    private long providerOf(Account owner) {
        return organisations.membershipOf(owner).orElseThrow().providerId();
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static long total(HttpResponse<String> response) {
        String body = response.body();
        int at = body.indexOf("\"total\":");
        return response.statusCode() != 200 || at < 0 ? -1
                : Long.parseLong(body.substring(at + 8, body.indexOf(',', at)));
    }

    private AccreditationStatus statusOf(long id) {
        return AccreditationStatus.valueOf((String) em.createNativeQuery("SELECT status FROM accreditation WHERE id = ?")
                .setParameter(1, id).getSingleResult());
    }

    private long outboxRows(long providerId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM search_outbox WHERE index_name = 'organisations'"
                + " AND document_id = ?").setParameter(1, String.valueOf(providerId)).getSingleResult()).longValue();
    }

    private String latestListing(long providerId) {
        return (String) em.createNativeQuery("SELECT document FROM search_outbox WHERE index_name = 'organisations'"
                + " AND document_id = ? ORDER BY id DESC LIMIT 1").setParameter(1, String.valueOf(providerId)).getSingleResult();
    }

    private int audited(String action, long accreditationId, Long actorId) {
        return audited(action, "accreditation", accreditationId, actorId);
    }

    private int audited(String action, String subject, long subjectId, Long actorId) {
        String actor = actorId == null ? "actor_account_id IS NULL" : "actor_account_id = " + actorId;
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_type = ?"
                + " AND subject_id = ? AND " + actor)
                .setParameter(1, action).setParameter(2, subject).setParameter(3, subjectId).getSingleResult()).intValue();
    }

    private String auditDetail(String action, long accreditationId) {
        return (String) em.createNativeQuery("SELECT detail FROM audit_event WHERE action = ? AND subject_id = ?"
                + " AND subject_type = 'accreditation' ORDER BY id DESC LIMIT 1")
                .setParameter(1, action).setParameter(2, accreditationId).getSingleResult();
    }
}
