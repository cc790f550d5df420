package care.circles.timesheet.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.circles.engagement.entity.ChangeRefused;
import care.circles.engagement.entity.StatedReason;
import care.circles.payments.Money;
import care.circles.platform.InvalidInputException;
import care.circles.timesheet.control.Timesheets;

class TimesheetTest {

    static final Instant SENT = Instant.parse("2026-03-02T18:00:00Z");

    @Test
    void remindsAtTwoAndFiveDaysAndALateRunSendsOnlyTheLatestReminder() {
        Timesheet waiting = sent();
        assertEquals(Optional.empty(), waiting.takeReminderDue(SENT.plus(Duration.ofDays(1))));
        assertEquals(Optional.of(1), waiting.takeReminderDue(SENT.plus(Duration.ofDays(2))));
        assertEquals(Optional.empty(), waiting.takeReminderDue(SENT.plus(Duration.ofDays(3))), "once");
        assertEquals(Optional.of(2), waiting.takeReminderDue(SENT.plus(Duration.ofDays(5))));
        assertEquals(Optional.empty(), waiting.takeReminderDue(SENT.plus(Duration.ofDays(30))), "two at most");

        Timesheet late = sent();
        assertEquals(Optional.of(2), late.takeReminderDue(SENT.plus(Duration.ofDays(6))), "not both at once");
        assertEquals(Optional.empty(), late.takeReminderDue(SENT.plus(Duration.ofDays(6))));
    }

    @Test
    void isOverdueAfterSevenDaysAndNeverApprovesItself() {
        Timesheet waiting = sent();
        assertFalse(waiting.isOverdue(SENT.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertTrue(waiting.isOverdue(SENT.plus(Duration.ofDays(7))));
        assertEquals(TimesheetStatus.SUBMITTED, waiting.status());
    }

    @Test
    void aCorrectedTimesheetStartsItsRemindersAgainAndAnApprovedOneIsFinal() {
        Timesheet disputed = sent();
        disputed.takeReminderDue(SENT.plus(Duration.ofDays(2)));
        disputed.dispute(new StatedReason("Wrong day"), SENT.plus(Duration.ofDays(3)));
        assertEquals(Optional.empty(), disputed.takeReminderDue(SENT.plus(Duration.ofDays(9))), "not while disputed");
        Instant again = SENT.plus(Duration.ofDays(4));
        disputed.resubmit(Money.ofPence(26_00), null, again);
        assertEquals(0, disputed.remindersSent());
        assertEquals(Optional.of(1), disputed.takeReminderDue(again.plus(Duration.ofDays(2))));
        disputed.approve(41L, again.plus(Duration.ofDays(2)));
        assertEquals("You cannot approve this timesheet because it is approved already.",
                assertThrows(ChangeRefused.class, () -> disputed.approve(42L, again)).getMessage());
        assertThrows(ChangeRefused.class, () -> disputed.dispute(new StatedReason("Late"), again));
    }

    @Test
    void claimedTimesAreHoursAtTheAgreedRate() {
        LocalDate day = LocalDate.of(2026, 7, 6);
        ClaimedVisit morning = ClaimedVisit.of(1, day, true, "9:00am", "11:30", null);
        ClaimedVisit missed = ClaimedVisit.of(2, day, false, "", "", "Ill");
        assertEquals(Instant.parse("2026-07-06T08:00:00Z"), morning.start(), "9am in summer is 8:00 UTC");
        assertEquals(Money.ofPence(35_00), Timesheets.amountOf(List.of(morning, missed), Money.ofPence(14_00)));
        assertEquals("end-3", assertThrows(InvalidInputException.class,
                () -> ClaimedVisit.of(3, day, true, "10:00", "9:00", null)).problems().get(0).field());
        assertEquals("start-3", assertThrows(InvalidInputException.class,
                () -> ClaimedVisit.of(3, day, true, "soon", "9:00", null)).problems().get(0).field());
    }

    private static Timesheet sent() {
        return new Timesheet(1, 2, 3, Money.ofPence(26_00), null, SENT);
    }
}
