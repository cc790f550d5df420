package care.circles.visit.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a visit is: planned, cancelled, claimed on a timesheet the PA sent, or confirmed when
 * the timesheet was approved. Anything not listed here is refused with a message that says why.
 */
public enum VisitStatus {
    PLANNED("Planned", "planned", "plan this visit"),
    CANCELLED("Cancelled", "cancelled", "cancel this visit"),
    CLAIMED("On a timesheet", "on a timesheet already", "put this visit on a timesheet"),
    CONFIRMED("Done and approved", "done and approved", "approve this visit");

    private final String label;
    private final String state;
    private final String action;

    VisitStatus(String label, String state, String action) {
        this.label = label;
        this.state = state;
        this.action = action;
    }

    public String getLabel() {
        return label;
    }

    public boolean canBecome(VisitStatus next) {
        return next(this).contains(next);
    }

    public String refusal(VisitStatus next) {
        return "You cannot " + next.action + " because it is " + state + ".";
    }

    private static Set<VisitStatus> next(VisitStatus from) {
        return switch (from) {
            case PLANNED -> EnumSet.of(CANCELLED, CLAIMED);
            case CLAIMED -> EnumSet.of(CONFIRMED);
            case CANCELLED, CONFIRMED -> EnumSet.noneOf(VisitStatus.class);
        };
    }
}
