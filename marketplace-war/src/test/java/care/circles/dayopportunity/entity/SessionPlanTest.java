package care.circles.dayopportunity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class SessionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Set<LocalDate> BANK_HOLIDAYS = Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29));

    private static SessionPlan weekly(LocalDate first, boolean skipBankHolidays, LocalDate... exceptions) {
        return new SessionPlan(SessionKind.ACTIVITY, Recurrence.WEEKLY, first, null, LocalTime.of(10, 0),
                LocalTime.of(12, 0), 10, 24, skipBankHolidays, Set.of(exceptions));
    }

    @Test
    void aWeeklyScheduleSkipsBankHolidaysAndTheDatesTheProviderGives() {
        SessionPlan fridays = weekly(LocalDate.of(2026, 12, 4), true, LocalDate.of(2026, 12, 18));

        List<LocalDate> dates = fridays.datesBetween(TODAY, LocalDate.of(2027, 1, 8), BANK_HOLIDAYS);

        assertEquals(List.of(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 11), LocalDate.of(2027, 1, 8)), dates,
                "18 December is the provider's exception; Christmas Day and New Year's Day are bank holidays");
    }

    @Test
    void aScheduleThatDoesNotSkipBankHolidaysMeetsOnThem() {
        SessionPlan fridays = weekly(LocalDate.of(2026, 12, 18), false);

        assertEquals(List.of(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1)),
                fridays.datesBetween(TODAY, LocalDate.of(2027, 1, 1), BANK_HOLIDAYS));
    }

    @Test
    void aFortnightlyScheduleMeetsEveryOtherWeekUntilItsLastDate() {
        SessionPlan plan = new SessionPlan(SessionKind.ACTIVITY, Recurrence.FORTNIGHTLY, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 12), LocalTime.of(14, 0), LocalTime.of(16, 0), 8, 0, true, Set.of());

        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 29),
                        LocalDate.of(2027, 1, 12)),
                plan.datesBetween(TODAY, LocalDate.of(2027, 6, 1), BANK_HOLIDAYS));
    }

    @Test
    void aMonthlyScheduleMeetsOnTheSameWeekdayOfTheMonth() {
        SessionPlan firstMondays = new SessionPlan(SessionKind.ACTIVITY, Recurrence.MONTHLY, LocalDate.of(2026, 12, 7),
                null, LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 0, false, Set.of());
        SessionPlan lastFridays = new SessionPlan(SessionKind.ACTIVITY, Recurrence.MONTHLY, LocalDate.of(2026, 10, 30),
                null, LocalTime.of(10, 0), LocalTime.of(12, 0), 30, 0, true, Set.of());

        assertEquals(List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 3, 1)), firstMondays.datesBetween(TODAY, LocalDate.of(2027, 3, 31), BANK_HOLIDAYS));
        assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2027, 1, 29), LocalDate.of(2027, 2, 26),
                        LocalDate.of(2027, 4, 30)),
                lastFridays.datesBetween(TODAY, LocalDate.of(2027, 4, 30), BANK_HOLIDAYS),
                "a fifth Friday means the last; Christmas Day and Good Friday (26 March) are skipped");
        assertEquals("The last Friday of every month", Recurrence.MONTHLY.describe(LocalDate.of(2026, 10, 30)));
        assertEquals("The first Monday of every month", Recurrence.MONTHLY.describe(LocalDate.of(2026, 12, 7)));
    }

    @Test
    void aOneOffSessionHasOneDate() {
        SessionPlan once = new SessionPlan(SessionKind.CARERS_BREAK, Recurrence.ONCE, LocalDate.of(2026, 12, 2), null,
                LocalTime.of(9, 30), LocalTime.of(16, 0), 6, 48, true, Set.of());

        assertEquals(List.of(LocalDate.of(2026, 12, 2)), once.datesBetween(TODAY, LocalDate.of(2027, 12, 31), BANK_HOLIDAYS));
    }

    @Test
    void datesBeforeTheWindowAreLeftOutEvenForAScheduleThatStartedLongAgo() {
        SessionPlan longRunning = weekly(LocalDate.of(2020, 1, 3), false);

        assertEquals(List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4)),
                longRunning.datesBetween(TODAY, LocalDate.of(2026, 12, 10), BANK_HOLIDAYS));
    }

    @Test
    void aWeeklyTenOClockSessionStaysAtTenOClockWhenTheClocksGoBack() {
        SessionPlan tuesdays = weekly(LocalDate.of(2026, 10, 20), false);

        assertEquals(Instant.parse("2026-10-20T09:00:00Z"), tuesdays.startsOn(LocalDate.of(2026, 10, 20)), "10:00 BST");
        assertEquals(Instant.parse("2026-10-27T10:00:00Z"), tuesdays.startsOn(LocalDate.of(2026, 10, 27)), "10:00 GMT");
        assertEquals(Instant.parse("2026-10-26T10:00:00Z"), tuesdays.bookingClosesOn(LocalDate.of(2026, 10, 27)),
                "booking closes 24 hours before");
    }

    @Test
    void theFormIsReadIntoAPlanWithItsExceptions() {
        SessionPlan plan = SessionPlan.of(new SessionPlan.Typed("ACTIVITY", "WEEKLY", "1", "12", "2026", "", "", "",
                "10:00", "2.30pm", "12", "24", true, "22/12/2026\n29/12/2026"), ListingKind.SPOKE, TODAY);

        assertEquals(LocalDate.of(2026, 12, 1), plan.firstDate());
        assertEquals(LocalTime.of(14, 30), plan.end());
        assertEquals(Set.of(LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 29)), plan.exceptions());
        assertTrue(plan.skipBankHolidays());
        assertEquals("Every Tuesday, 10:00 to 14:30, from Tuesday 1 December 2026", plan.describe());
    }

    @Test
    void anEmptyFormNamesEveryFieldToFill() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SessionPlan.of(
                new SessionPlan.Typed(null, null, "", "", "", "", "", "", "", "", "", "", false, ""),
                ListingKind.HUB, TODAY));

        assertEquals(List.of("kind", "recurrence", "firstDate", "startTime", "endTime", "capacity", "bookingCutoffHours"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void refusesWhatCannotBeAScheduleWithAMessageThatSaysWhatToDo() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SessionPlan.of(
                new SessionPlan.Typed("CARERS_BREAK", "WEEKLY", "24", "11", "2026", "1", "11", "2026", "15:00", "14:00",
                        "0", "24", false, "christmas"), ListingKind.SPOKE, TODAY));

        assertEquals(List.of(
                new FieldProblem("kind", "Only hubs offer carers' short breaks: choose Activity session"),
                new FieldProblem("firstDate", "The first session must be today or later"),
                new FieldProblem("lastDate", "The last session must be on or after the first"),
                new FieldProblem("endTime", "The end time must be after the start time"),
                new FieldProblem("capacity", "Enter how many places each session has, from 1 to 500"),
                new FieldProblem("exceptions", "Write each date with no session like 24/12/2026, one to a line."
                        + " 'christmas' is not a date like that.")), refused.problems());
    }
}
