package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.engagement.control.Agreements;
import care.circles.engagement.control.EngagementRequests;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.AgreementStatus;
import care.circles.engagement.entity.Arrangement;
import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.EmployerDuty;
import care.circles.engagement.entity.EngagementRequest;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.HouseholdFamily;
import care.circles.engagement.entity.RequestStatus;
import care.circles.engagement.entity.StatedReason;
import care.circles.engagement.entity.VisitSchedule;
import care.circles.files.entity.Upload;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.PaSearchResults.PaHit;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.timesheet.control.OverdueTimesheets;
import care.circles.timesheet.control.TimesheetReminders;
import care.circles.timesheet.control.Timesheets;
import care.circles.timesheet.entity.ClaimedVisit;
import care.circles.timesheet.entity.Timesheet;
import care.circles.timesheet.entity.TimesheetStatus;
import care.circles.vetting.control.VettingChecks;
import care.circles.vetting.entity.CheckDetails;
import care.circles.vetting.entity.CheckSlot;
import care.circles.vetting.entity.CheckType;
import care.circles.visit.control.Cover;
import care.circles.visit.control.VisitPlanner;
import care.circles.visit.control.Visits;
import care.circles.visit.entity.CoverRequest;
import care.circles.visit.entity.Visit;
import care.circles.visit.entity.VisitStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

/**
 * Engaging a PA on the real MariaDB, Elasticsearch and Payara: every step of requests,
 * agreements, visits and timesheets and the refusals of steps that are not allowed, the
 * household-family rule, the payment request raised once, reminders and the council's overdue
 * list, the cover race, and who may see and do what (pages included).
 */
@ExtendWith(ArquillianExtension.class)
class EngagementIT {

    private static final String PASSWORD = "Correct-horse-battery";
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war().addClasses(FormSession.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    EngagementRequests requests;

    @Inject
    Agreements agreements;

    @Inject
    Visits visits;

    @Inject
    VisitPlanner planner;

    @Inject
    Cover cover;

    @Inject
    Timesheets timesheets;

    @Inject
    TimesheetReminders reminders;

    @Inject
    OverdueTimesheets overdue;

    @Inject
    PaProfiles profiles;

    @Inject
    VettingChecks vetting;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Resource
    ManagedExecutorService executor;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    // ---- requests ----------------------------------------------------------------------------

    @Test
    void aRequestGoesThroughProposedChangesToAnAgreementAndBothSeeTheHistory() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        EngagementRequest sent = requests.send(holder, profileOf(pa).id(), terms("14.00", Arrangement.SELF_EMPLOYED,
                DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "no");
        assertEquals(RequestStatus.SENT, sent.status());
        assertEquals(1, told(pa, "/engage/request.xhtml?id=" + sent.id()), "the PA is told of the request");

        requests.proposeChanges(pa, sent.id(), terms("15.50", Arrangement.SELF_EMPLOYED, DayOfWeek.TUESDAY), "Tuesdays suit me better");
        assertEquals(RequestStatus.CHANGES_PROPOSED, requestOf(holder, sent.id()).status());
        assertEquals(1, told(holder, "/engage/request.xhtml?id=" + sent.id()), "the holder is told of the changes");

        Agreement agreement = requests.accept(holder, sent.id(), null);
        assertEquals(RequestStatus.ACCEPTED, requestOf(pa, sent.id()).status());
        assertEquals("£15.50", agreement.hourlyRate().toString(), "the agreement has the terms last proposed");
        assertEquals(Set.of(DayOfWeek.TUESDAY), agreement.schedule().times().stream().map(t -> t.day())
                .collect(java.util.stream.Collectors.toSet()));
        assertTrue(agreements.find(pa, agreement.id()).isPresent() && agreements.find(holder, agreement.id()).isPresent());

        List<String> history = requests.history(pa, sent.id()).stream().map(e -> e.action()).toList();
        assertEquals(List.of("REQUEST_SENT", "CHANGES_PROPOSED", "CHANGES_ACCEPTED"), history);
        assertEquals(history, requests.history(holder, sent.id()).stream().map(e -> e.action()).toList(),
                "both sides read the same history");
        assertTrue(requests.history(holder, sent.id()).get(1).detail().contains("Tuesdays suit me better"));
        assertEquals(List.of(holder.id()), actors("engagement_request", sent.id(), "CHANGES_ACCEPTED"),
                "each step records who took it");
        assertEquals(1, told(pa, "/engage/agreement.xhtml?id=" + agreement.id()), "the PA is told of the agreement");
    }

    @Test
    void declineNeedsAReasonAndASettledRequestRefusesEveryFurtherStep() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Bridport", false);
        EngagementRequest sent = send(holder, pa);

        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> requests.decline(pa, sent.id(), StatedReason.of(" ", "reason", "Say why you are declining")));
        assertEquals("reason", noReason.problems().get(0).field());
        ChangeRefused holderAccepting = assertThrows(ChangeRefused.class, () -> requests.accept(holder, sent.id(), null));
        assertEquals("You cannot accept this request because it is waiting for the PA to answer.", holderAccepting.getMessage());

        requests.decline(pa, sent.id(), new StatedReason("I am fully booked until spring"));
        assertEquals(RequestStatus.DECLINED, requestOf(holder, sent.id()).status());
        assertEquals("I am fully booked until spring", requestOf(holder, sent.id()).declineReason());

        ChangeRefused accepting = assertThrows(ChangeRefused.class, () -> requests.accept(pa, sent.id(), "no"));
        assertEquals("You cannot accept this request because it is declined.", accepting.getMessage());
        assertThrows(ChangeRefused.class, () -> requests.withdraw(holder, sent.id()));
        assertThrows(ChangeRefused.class, () -> requests.proposeChanges(pa, sent.id(), terms("20.00",
                Arrangement.EMPLOYED, DayOfWeek.FRIDAY), null));
        assertEquals(List.of("REQUEST_SENT", "REQUEST_DECLINED"),
                requests.history(holder, sent.id()).stream().map(e -> e.action()).toList(), "refusals wrote nothing");

        EngagementRequest second = send(holder, pa);
        requests.withdraw(holder, second.id());
        assertThrows(ChangeRefused.class, () -> requests.accept(pa, second.id(), "no"), "a withdrawn request is over");
    }

    @Test
    void aCloseFamilyMemberInTheSameHouseholdIsStoppedWithAnExplanationOnBothSides() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Wareham", false);
        long before = count("SELECT COUNT(*) FROM engagement_request WHERE dp_holder_account_id = ?", holder.id());

        InvalidInputException family = assertThrows(InvalidInputException.class, () -> requests.send(holder,
                profileOf(pa).id(), terms("14.00", Arrangement.SELF_EMPLOYED, DayOfWeek.MONDAY), "yes"));
        assertEquals(HouseholdFamily.FIELD, family.problems().get(0).field());
        assertTrue(family.problems().get(0).message().contains("cannot normally pay a close family member"),
                family.problems().get(0).message());
        InvalidInputException unanswered = assertThrows(InvalidInputException.class, () -> requests.send(holder,
                profileOf(pa).id(), terms("14.00", Arrangement.SELF_EMPLOYED, DayOfWeek.MONDAY), null));
        assertTrue(unanswered.problems().get(0).message().startsWith("Say whether"));
        assertEquals(before, count("SELECT COUNT(*) FROM engagement_request WHERE dp_holder_account_id = ?", holder.id()),
                "nothing was sent");

        EngagementRequest sent = send(holder, pa);
        assertThrows(InvalidInputException.class, () -> requests.accept(pa, sent.id(), "yes"),
                "the PA is asked too, and stopped the same way");
        assertEquals(RequestStatus.SENT, requestOf(holder, sent.id()).status());
        assertEquals(0, count("SELECT COUNT(*) FROM agreement WHERE engagement_request_id = ?", sent.id()));
    }

    @Test
    void onlyThePeopleInARequestOrAgreementCanSeeOrChangeIt() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Sherborne", false);
        Account otherPa = pa("Sherborne", false);
        Account otherHolder = account(Role.DP_HOLDER);
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        assertThrows(SecurityException.class, () -> requests.send(otherPa, profileOf(pa).id(),
                terms("14.00", Arrangement.SELF_EMPLOYED, DayOfWeek.MONDAY), "no"), "a PA cannot send requests");
        EngagementRequest sent = send(holder, pa);

        assertTrue(requests.find(otherPa, sent.id()).isEmpty());
        assertTrue(requests.find(otherHolder, sent.id()).isEmpty());
        assertTrue(requests.find(council, sent.id()).isEmpty());
        assertThrows(SecurityException.class, () -> requests.accept(otherPa, sent.id(), "no"));
        assertThrows(SecurityException.class, () -> requests.decline(otherPa, sent.id(), new StatedReason("No")));
        assertThrows(SecurityException.class, () -> requests.withdraw(otherHolder, sent.id()));
        assertThrows(SecurityException.class, () -> requests.history(otherPa, sent.id()));
        assertThrows(ChangeRefused.class, () -> requests.withdraw(pa, sent.id()), "only the sender withdraws");

        Agreement agreement = requests.accept(pa, sent.id(), "no");
        Visit visit = visitsOf(agreement).get(0);
        assertTrue(agreements.find(otherPa, agreement.id()).isEmpty(), "another PA never sees the agreement");
        assertTrue(agreements.involving(otherPa, 1, 50).items().stream().noneMatch(a -> a.id().equals(agreement.id())));
        assertThrows(SecurityException.class, () -> agreements.giveNotice(otherHolder, agreement.id(), new StatedReason("x")));
        assertThrows(SecurityException.class, () -> agreements.markDuty(pa, agreement.id(), EmployerDuty.PAYE, true),
                "only the employer ticks duties");
        assertTrue(visits.find(otherPa, visit.id()).isEmpty());
        assertTrue(visits.week(otherPa, visits.today()).stream().noneMatch(v -> v.agreementId() == agreement.id()));
        assertThrows(SecurityException.class, () -> visits.cancel(otherHolder, visit.id(), new StatedReason("x")));
        assertThrows(SecurityException.class, () -> timesheets.toClaim(otherPa, agreement.id()));
        assertThrows(SecurityException.class, () -> timesheets.toClaim(holder, agreement.id()),
                "only the PA sends timesheets");
    }

    // ---- agreements and visits ---------------------------------------------------------------

    @Test
    void anAgreementPutsItsVisitsInBothCalendarsEightWeeksAheadAndTheTimerKeepsThemRolling() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        Agreement agreement = requests.accept(pa, send(holder, pa).id(), "no");
        List<Visit> planned = visitsOf(agreement);
        assertTrue(planned.size() >= 13 && planned.size() <= 16,
                "two visits a week from a week ahead to 8 weeks ahead: " + planned.size());
        assertTrue(planned.stream().allMatch(v -> v.status() == VisitStatus.PLANNED));
        assertTrue(planned.stream().allMatch(v -> v.asVisitTime().startsAt().equals(java.time.LocalTime.of(9, 0))),
                "every visit starts at 9:00am local time, summer or winter");
        LocalDate firstWeek = planned.get(0).day();
        assertEquals(visits.week(holder, firstWeek).stream().map(Visit::id).toList(),
                visits.week(pa, firstWeek).stream().map(Visit::id).toList(), "both sides see the same week");

        planner.planAll(visits.today().plusWeeks(2));
        int after = visitsOf(agreement).size();
        assertEquals(planned.size() + 4, after, "two weeks later the calendar reaches two weeks further");
        planner.planAll(visits.today().plusWeeks(2));
        assertEquals(after, visitsOf(agreement).size(), "planning again adds nothing");
    }

    @Test
    void anEmployedPasAgreementListsTheEmployersDutiesForTheHolderToTickOff() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        EngagementRequest sent = requests.send(holder, profileOf(pa).id(),
                terms("13.00", Arrangement.EMPLOYED, DayOfWeek.WEDNESDAY), "no");
        Agreement employed = requests.accept(pa, sent.id(), "no");

        agreements.markDuty(holder, employed.id(), EmployerDuty.RIGHT_TO_WORK, true);
        agreements.markDuty(holder, employed.id(), EmployerDuty.PAYE, true);
        agreements.markDuty(holder, employed.id(), EmployerDuty.PAYE, false);
        assertEquals(Set.of(EmployerDuty.RIGHT_TO_WORK), agreements.find(holder, employed.id()).orElseThrow().dutiesDone());
        assertEquals(List.of("AGREEMENT_MADE", "EMPLOYER_DUTY_DONE", "EMPLOYER_DUTY_DONE", "EMPLOYER_DUTY_UNDONE"),
                auditedActions("agreement", employed.id()));

        Agreement selfEmployed = requests.accept(pa, send(holder, pa).id(), "no");
        assertThrows(ChangeRefused.class, () -> agreements.markDuty(holder, selfEmployed.id(), EmployerDuty.PAYE, true),
                "a self-employed PA's agreement has no employer's duties");
    }

    @Test
    void eitherSideCancelsAVisitWithAReasonBeforeItStartsAndTheOtherSideIsTold() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        Agreement agreement = requests.accept(pa, send(holder, pa).id(), "no");
        List<Visit> planned = visitsOf(agreement);
        Visit later = planned.get(planned.size() - 1);

        assertThrows(InvalidInputException.class, () -> visits.cancel(holder, later.id(),
                StatedReason.of("", "reason", "Say why you are cancelling")));
        Visit cancelled = visits.cancel(holder, later.id(), new StatedReason("Hospital appointment"));
        assertEquals(VisitStatus.CANCELLED, cancelled.status());
        assertFalse(cancelled.isShortNotice(), "weeks ahead is not short notice");
        assertFalse(cancelled.needsCover(), "the holder cancelled: no cover is offered");
        assertEquals(1, told(pa, "/engage/visit.xhtml?id=" + later.id()));
        assertEquals(List.of(holder.id()), actors("visit", later.id(), "VISIT_CANCELLED"));
        ChangeRefused twice = assertThrows(ChangeRefused.class,
                () -> visits.cancel(pa, later.id(), new StatedReason("Again")));
        assertEquals("You cannot cancel this visit because it is cancelled.", twice.getMessage());

        Visit started = planned.get(0);
        moveToPast(started);
        ChangeRefused over = assertThrows(ChangeRefused.class,
                () -> visits.cancel(pa, started.id(), new StatedReason("Too late")));
        assertTrue(over.getMessage().contains("has started or is over"));
    }

    @Test
    void noticeEndsTheAgreementAfterTheAgreedWeeksAndCancelsTheVisitsAfterIt() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        Agreement agreement = requests.accept(pa, send(holder, pa).id(), "no");
        long toldBefore = told(holder, "/engage/agreement.xhtml?id=" + agreement.id());
        Agreement ending = agreements.giveNotice(pa, agreement.id(), new StatedReason("I am moving to Exeter"));
        assertEquals(AgreementStatus.ENDING, ending.status(visits.today()));
        assertEquals(visits.today().plusWeeks(4), ending.endsOn(), "4 weeks' notice");
        assertTrue(visitsOf(agreement).stream().filter(v -> v.day().isAfter(ending.endsOn()))
                .allMatch(v -> v.status() == VisitStatus.CANCELLED), "visits after the last day are cancelled");
        assertTrue(visitsOf(agreement).stream().filter(v -> !v.day().isAfter(ending.endsOn()))
                .allMatch(v -> v.status() == VisitStatus.PLANNED));
        assertEquals(toldBefore + 1, told(holder, "/engage/agreement.xhtml?id=" + agreement.id()), "the holder is told");
        assertThrows(ChangeRefused.class, () -> agreements.giveNotice(holder, agreement.id(), new StatedReason("Me too")));
        assertEquals(AgreementStatus.ENDED, ending.status(ending.endsOn().plusDays(1)));
    }

    // ---- timesheets --------------------------------------------------------------------------

    @Test
    void aTimesheetIsDisputedCorrectedAndApprovedRaisingOnePaymentRequestForHoursTimesRate() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        Agreement agreement = requests.accept(pa, send(holder, pa).id(), "no");
        List<Visit> planned = visitsOf(agreement);
        moveToPast(planned.get(0));
        moveToPast(planned.get(1));
        List<Visit> over = timesheets.toClaim(pa, agreement.id());
        assertEquals(2, over.size(), "the two visits that are over can be claimed");

        Timesheet sent = timesheets.submit(pa, agreement.id(), List.of(
                claim(over.get(0), "9:00", "11:30"), claim(over.get(1), "9:00", "10:00")), "Bus was late once");
        assertEquals(TimesheetStatus.SUBMITTED, sent.status());
        assertEquals(45_50, sent.amount().pence(), "3.5 hours at £13.00 an hour");
        assertTrue(timesheets.toClaim(pa, agreement.id()).isEmpty(), "claimed visits are not offered again");
        assertThrows(ChangeRefused.class, () -> timesheets.submit(pa, agreement.id(),
                List.of(claim(over.get(0), "9:00", "11:00")), null), "a visit is claimed once");

        timesheets.dispute(holder, sent.id(), new StatedReason("The Tuesday visit ended at 11:00"));
        assertThrows(ChangeRefused.class, () -> timesheets.approve(holder, sent.id()), "a disputed timesheet waits for the PA");
        timesheets.correct(pa, sent.id(), List.of(claim(over.get(0), "9:00", "11:00"), claim(over.get(1), "9:00", "10:00")),
                "Corrected");
        assertEquals(39_00, timesheets.find(holder, sent.id()).orElseThrow().amount().pence());

        Timesheet approved = timesheets.approve(holder, sent.id());
        assertEquals(TimesheetStatus.APPROVED, approved.status());
        assertNotNull(approved.paymentRequestId());
        List<List<Object>> raised = rows("SELECT amount_pence, payer_account_id, payee_account_id, status FROM payment_request"
                + " WHERE source_key = ?", "timesheet:" + sent.id());
        assertEquals(1, raised.size());
        assertEquals(List.of(3900L, holder.id(), pa.id(), "AWAITING"), List.of(((Number) raised.get(0).get(0)).longValue(),
                ((Number) raised.get(0).get(1)).longValue(), ((Number) raised.get(0).get(2)).longValue(), raised.get(0).get(3)));
        assertTrue(visitsOf(agreement).stream().filter(v -> v.id().equals(over.get(0).id()))
                .allMatch(v -> v.status() == VisitStatus.CONFIRMED));
        ChangeRefused again = assertThrows(ChangeRefused.class, () -> timesheets.approve(holder, sent.id()));
        assertEquals("You cannot approve this timesheet because it is approved already.", again.getMessage());
        assertEquals(List.of("TIMESHEET_SUBMITTED", "TIMESHEET_DISPUTED", "TIMESHEET_RESUBMITTED", "TIMESHEET_APPROVED"),
                auditedActions("timesheet", sent.id()));
        assertThrows(SecurityException.class, () -> timesheets.approve(pa, sent.id()), "a PA cannot approve");
    }

    @Test
    void twoApprovalsOfTheSameTimesheetAtOnceRaiseExactlyOnePaymentRequest() throws Exception {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        Timesheet sent = submittedTimesheet(holder, pa);

        List<Object> outcomes = race(() -> timesheets.approve(holder, sent.id()), () -> timesheets.approve(holder, sent.id()));
        assertEquals(1, outcomes.stream().filter(o -> o instanceof Timesheet).count(), outcomes.toString());
        assertEquals(1, outcomes.stream().filter(o -> o instanceof ChangeRefused).count(), outcomes.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM payment_request WHERE source_key = ?", "timesheet:" + sent.id()));
    }

    @Test
    void aTimesheetIsNeverApprovedBySilenceButRemindedAtTwoAndFiveDaysThenOverdueForTheCouncil() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        Timesheet sent = submittedTimesheet(holder, pa);
        Account council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        String link = "/engage/timesheet.xhtml?id=" + sent.id();
        long toldOnSubmit = told(holder, link);

        reminders.remindDue(later(Duration.ofDays(1)));
        assertEquals(toldOnSubmit, told(holder, link), "no reminder on the first day");
        reminders.remindDue(later(Duration.ofDays(2).plusMinutes(1)));
        assertEquals(toldOnSubmit + 1, told(holder, link), "first reminder after 2 days");
        reminders.remindDue(later(Duration.ofDays(3)));
        assertEquals(toldOnSubmit + 1, told(holder, link), "not reminded twice for the same day");
        reminders.remindDue(later(Duration.ofDays(5).plusMinutes(1)));
        assertEquals(toldOnSubmit + 2, told(holder, link), "second reminder after 5 days");
        reminders.remindDue(later(Duration.ofDays(9)));
        assertEquals(toldOnSubmit + 2, told(holder, link), "no more than two reminders");

        assertFalse(overdueIds(council, later(Duration.ofDays(6))).contains(sent.id()), "not overdue before 7 days");
        assertTrue(overdueIds(council, later(Duration.ofDays(7).plusMinutes(1))).contains(sent.id()), "overdue after 7 days");
        assertEquals(TimesheetStatus.SUBMITTED, timesheets.find(holder, sent.id()).orElseThrow().status(),
                "still waiting for the holder: never approved by itself");
        assertThrows(SecurityException.class, () -> overdue.list(holder, later(Duration.ofDays(8)), 1, 20),
                "only council staff see the overdue list");

        timesheets.approve(holder, sent.id());
        assertFalse(overdueIds(council, later(Duration.ofDays(8))).contains(sent.id()), "an approved timesheet leaves the list");
    }

    // ---- cover -------------------------------------------------------------------------------

    @Test
    void aPaCancellingAtShortNoticeLetsTheHolderAskVerifiedPasNearbyAndExactlyOneOfTwoAcceptingAtOnceWins()
            throws Exception {
        Account holder = account(Role.DP_HOLDER);
        Account regular = pa("Dorchester", true);
        // Made before the two wanted PAs: the outbox delivers in order, so once they are found it has been indexed too.
        Account busy = pa("Dorchester", true);
        Account first = pa("Weymouth", true);
        Account second = pa("Dorchester", true);
        Account unverified = pa("Dorchester", false);
        Account farAway = pa("Shaftesbury", true);
        requests.accept(busy, requests.send(account(Role.DP_HOLDER), profileOf(busy).id(), termsFrom(
                visits.today().plusDays(1), "14.00", Arrangement.SELF_EMPLOYED, DayOfWeek.values()), "no").id(), "no");
        EngagementRequest sent = requests.send(holder, profileOf(regular).id(), termsFrom(visits.today().plusDays(1),
                "14.00", Arrangement.SELF_EMPLOYED, DayOfWeek.values()), "no");
        Agreement agreement = requests.accept(regular, sent.id(), "no");
        Visit tomorrow = visitsOf(agreement).get(0);
        assertEquals(visits.today().plusDays(1), tomorrow.day());

        Visit cancelled = visits.cancel(regular, tomorrow.id(), new StatedReason("I am ill"));
        assertTrue(cancelled.isShortNotice() && cancelled.needsCover());
        assertEquals(1, told(holder, "/engage/visit.xhtml?id=" + tomorrow.id()), "the holder is offered cover");

        Set<Long> wanted = Set.of(profileOf(first).id(), profileOf(second).id());
        assertTrue(eventually(() -> candidateIds(holder, tomorrow).containsAll(wanted)),
                "verified PAs nearby who offer the support and work mornings are listed");
        List<Long> candidates = candidateIds(holder, tomorrow);
        assertFalse(candidates.contains(profileOf(regular).id()), "not the PA who cancelled");
        assertFalse(candidates.contains(profileOf(unverified).id()), "not a PA whose photo ID is not verified");
        assertFalse(candidates.contains(profileOf(farAway).id()), "Shaftesbury is more than 25 km away");
        assertFalse(candidates.contains(profileOf(busy).id()), "not a PA with a visit of their own at that time");

        CoverRequest asked = cover.ask(holder, tomorrow.id(), List.copyOf(wanted));
        assertEquals(1, told(first, Cover.link(asked.id())));
        assertThrows(SecurityException.class, () -> cover.accept(unverified, asked.id()), "only asked PAs can accept");

        List<Object> outcomes = race(() -> cover.accept(first, asked.id()), () -> cover.accept(second, asked.id()));
        assertEquals(1, outcomes.stream().filter(o -> o instanceof Agreement).count(), outcomes.toString());
        ChangeRefused loser = (ChangeRefused) outcomes.stream().filter(o -> o instanceof ChangeRefused).findFirst().orElseThrow();
        assertTrue(loser.getMessage().contains("already said yes"), loser.getMessage());
        Agreement oneOff = (Agreement) outcomes.stream().filter(o -> o instanceof Agreement).findFirst().orElseThrow();
        assertTrue(oneOff.isOneOff());
        assertEquals(tomorrow.day(), oneOff.startDate());
        List<List<Object>> coverVisits = rows("SELECT agreement_id, pa_account_id, status FROM visit WHERE covers_visit_id = ?",
                tomorrow.id());
        assertEquals(1, coverVisits.size(), "one cover visit");
        assertEquals(oneOff.id().longValue(), ((Number) coverVisits.get(0).get(0)).longValue());
        assertEquals(oneOff.paAccountId(), ((Number) coverVisits.get(0).get(1)).longValue());
        assertEquals("FILLED", rows("SELECT status FROM cover_request WHERE id = ?", asked.id()).get(0).get(0));
        // The racing managed tasks close this invocation's non-transactional entity manager as they end
        // (Payara shares the invocation's registry with their clones): read in a transaction.
        transaction.begin();
        try {
            assertTrue(agreements.find(holder, oneOff.id()).isPresent());
            assertTrue(cover.openAsksFor(first).stream().noneMatch(a -> a.request().id().equals(asked.id())),
                    "a filled request is no longer open to anyone");
        } finally {
            transaction.rollback();
        }
    }

    // ---- pages -------------------------------------------------------------------------------

    @Test
    void pagesShowAnAgreementAndItsPdfOnlyToThePeopleInIt() {
        Account holder = account(Role.DP_HOLDER);
        Account pa = pa("Dorchester", false);
        Account otherPa = pa("Dorchester", false);
        Agreement agreement = requests.accept(pa, send(holder, pa).id(), "no");
        String page = "/engage/agreement.xhtml?id=" + agreement.id();

        HttpResponse<String> own = signIn(holder).get(page);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Shopping and cooking lunch"), "the holder reads the agreement");
        assertEquals(200, signIn(pa).get(page).statusCode());
        FormSession other = signIn(otherPa);
        HttpResponse<String> notTheirs = other.get(page);
        assertEquals(404, notTheirs.statusCode(), "another PA is told it does not exist");
        assertFalse(notTheirs.body().contains("Shopping and cooking lunch"));
        assertEquals(404, other.get("/engage/agreement-pdf?id=" + agreement.id()).statusCode());
        HttpResponse<String> pdf = signIn(holder).get("/engage/agreement-pdf?id=" + agreement.id());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertEquals(302, FormSession.anonymous(base).get("/engage/index.xhtml").statusCode(), "sign in first");
        assertEquals(403, FormSession.signedIn(base, "council@demo.circles.test", FormSession.DEMO_PASSWORD)
                .get("/engage/index.xhtml").statusCode(), "council staff do not use these pages");
    }

    // ---- builders and helpers ----------------------------------------------------------------

    private EngagementRequest send(Account holder, Account pa) {
        return requests.send(holder, profileOf(pa).id(),
                terms("13.00", Arrangement.SELF_EMPLOYED, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY), "no");
    }

    private EngagementTerms terms(String rate, Arrangement arrangement, DayOfWeek... days) {
        return termsFrom(visits.today().plusDays(7), rate, arrangement, days);
    }

    private EngagementTerms termsFrom(LocalDate start, String rate, Arrangement arrangement, DayOfWeek... days) {
        Map<DayOfWeek, VisitSchedule.Typed> times = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            times.put(day, new VisitSchedule.Typed("9:00am", "11:00"));
        }
        return EngagementTerms.of(new EngagementTerms.Typed(times, String.valueOf(start.getDayOfMonth()),
                        String.valueOf(start.getMonthValue()), String.valueOf(start.getYear()),
                        "Shopping and cooking lunch together", Set.of("MEALS"), "Dorchester", rate, arrangement.name(), "4"),
                gazetteer.find("Dorchester").orElseThrow(), visits.today(), taxonomy.current());
    }

    private Timesheet submittedTimesheet(Account holder, Account pa) {
        Agreement agreement = requests.accept(pa, send(holder, pa).id(), "no");
        Visit visit = visitsOf(agreement).get(0);
        moveToPast(visit);
        return timesheets.submit(pa, agreement.id(), List.of(claim(visit, "9:00", "11:00")), null);
    }

    private ClaimedVisit claim(Visit visit, String start, String end) {
        return ClaimedVisit.of(visit.id(), visit.day(), true, start, end, null);
    }

    private Account account(Role role) {
        return accounts.register(EmailAddress.of(token() + "@example.test"), NewPassword.of(PASSWORD, PASSWORD), role);
    }

    /** A PA with a published profile offering meals, free every morning; verified photo ID if asked. */
    private Account pa(String town, boolean verified) {
        Account pa = account(Role.PA);
        List<String> mornings = java.util.Arrays.stream(DayOfWeek.values()).map(d -> d.name() + "_MORNING").toList();
        profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Alex " + token(), town, "14.00",
                        "I help people at home.", Set.of("MEALS")).withAvailability(mornings),
                gazetteer::find, taxonomy.current()));
        if (verified) {
            LocalDate today = vetting.today();
            var check = vetting.submit(pa, CheckDetails.of(CheckSlot.of(CheckType.IDENTITY),
                    Map.of(CheckDetails.PHOTO_ID, "Passport"), today), Upload.of("passport.pdf", PDF), today);
            vetting.verify(accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow(), check.id(), null, today);
        }
        return pa;
    }

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private PaProfile profileOf(Account pa) {
        return profiles.ownedBy(pa).orElseThrow();
    }

    private EngagementRequest requestOf(Account viewer, long id) {
        return requests.find(viewer, id).orElseThrow();
    }

    private List<Visit> visitsOf(Agreement agreement) {
        List<Visit> all = new ArrayList<>();
        LocalDate monday = visits.today().minusDays(visits.today().getDayOfWeek().getValue() - 1L);
        Account holder = accounts.byId(agreement.dpHolderAccountId()).orElseThrow();
        for (int week = -1; week < 14; week++) {
            visits.week(holder, monday.plusWeeks(week)).stream().filter(v -> v.agreementId() == agreement.id())
                    .forEach(all::add);
        }
        return all;
    }

    private List<Long> candidateIds(Account holder, Visit visit) {
        try {
            return cover.candidates(holder, visit.id()).stream().map(PaHit::id).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private List<Long> overdueIds(Account council, Clock at) {
        List<Long> ids = new ArrayList<>();
        for (int page = 1; page <= 20; page++) {
            var found = overdue.list(council, at, page, 50);
            found.items().forEach(o -> ids.add(o.timesheet().id()));
            if (!found.hasNext()) {
                break;
            }
        }
        return ids;
    }

    private static Clock later(Duration by) {
        return Clock.offset(Clock.systemUTC(), by);
    }

    /** Moves a visit to earlier today (or yesterday), so it is over. */
    private void moveToPast(Visit visit) {
        Instant start = Instant.now().minus(Duration.ofHours(3)).minus(Duration.ofMinutes(visit.id() % 50));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE visit SET starts_at = ?, ends_at = ? WHERE id = ?")) {
            update.setObject(1, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
            update.setObject(2, LocalDateTime.ofInstant(start.plus(visit.length()), ZoneOffset.UTC));
            update.setLong(3, visit.id());
            assertEquals(1, update.executeUpdate());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs both at the same moment on two threads, each in its own transaction; returns results or exceptions. */
    private List<Object> race(Callable<?> one, Callable<?> two) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (Callable<?> task : List.of(one, two)) {
            running.add(executor.submit(() -> {
                ready.countDown();
                go.await();
                return task.call();
            }));
        }
        ready.await();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<?> result : running) {
            try {
                outcomes.add(result.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                while (!(cause instanceof ChangeRefused) && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                outcomes.add(cause);
            }
        }
        return outcomes;
    }

    private FormSession signIn(Account account) {
        return FormSession.signedIn(base, account.email().value(), PASSWORD);
    }

    private long told(Account account, String link) {
        return count("SELECT COUNT(*) FROM notification WHERE account_id = ? AND link = ?", account.id(), link);
    }

    private List<String> auditedActions(String subject, long id) {
        return rows("SELECT action FROM audit_event WHERE subject_type = ? AND subject_id = ? ORDER BY id", subject, id)
                .stream().map(row -> String.valueOf(row.get(0))).toList();
    }

    private List<Long> actors(String subject, long id, String action) {
        return rows("SELECT actor_account_id FROM audit_event WHERE subject_type = ? AND subject_id = ? AND action = ?",
                subject, id, action).stream().map(row -> ((Number) row.get(0)).longValue()).toList();
    }

    private long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    private List<List<Object>> rows(String sql, Object... parameters) {
        return CommittedRows.of(dataSource, sql, parameters);
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    private static String token() {
        return "en" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
