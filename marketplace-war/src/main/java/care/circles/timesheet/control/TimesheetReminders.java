package care.circles.timesheet.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import care.circles.audit.control.AuditTrail;
import care.circles.engagement.control.ChangeNotices;
import care.circles.timesheet.entity.Timesheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reminds DP holders of timesheets waiting for them, 2 and 5 days after they were sent. A
 * timesheet is never approved by itself; after 7 days the council sees it in its overdue list.
 */
@ApplicationScoped
public class TimesheetReminders {

    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeNotices notices;

    /** @return how many reminders were sent now */
    @Transactional
    public int remindDue(Clock clock) {
        Instant now = clock.instant();
        List<Timesheet> waiting = em.createNamedQuery(Timesheet.TO_REMIND, Timesheet.class)
                .setParameter("sentBy", now.minus(Timesheet.FIRST_REMINDER))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(BATCH)
                .getResultList();
        int sent = 0;
        for (Timesheet timesheet : waiting) {
            Integer reminder = timesheet.takeReminderDue(now).orElse(null);
            if (reminder != null) {
                String days = reminder == 1 ? "2 days" : "5 days";
                notices.tell(timesheet.dpHolderAccountId(), "Reminder: a timesheet for " + timesheet.amount()
                        + " has waited " + days + " for you to approve or dispute it.", Timesheets.link(timesheet.id()));
                audit.record(null, "TIMESHEET_REMINDER_SENT", Timesheets.SUBJECT, timesheet.id(), "Reminder " + reminder
                        + " after " + days);
                sent++;
            }
        }
        return sent;
    }
}
