package care.circles.timesheet.control;

import java.time.Clock;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Looks for timesheets due a reminder every hour. */
@Singleton
public class TimesheetReminderTimer {

    @Inject
    TimesheetReminders reminders;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void everyHour() {
        reminders.remindDue(clock);
    }
}
