package care.circles.timesheet.entity;

/** An overdue timesheet as council staff see it: whose, how much, and how long it has waited. */
public record OverdueTimesheet(Timesheet timesheet, String paName, String holderEmail, String sent, long daysWaiting) {
}
