package care.circles.timesheet.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a timesheet is. It is never approved by itself: only the DP holder approves it, or
 * disputes it so the PA can correct it and send it again.
 */
public enum TimesheetStatus {
    SUBMITTED("Waiting for approval", "waiting for approval", "send this timesheet again"),
    DISPUTED("Disputed: the PA can correct it", "disputed", "dispute this timesheet"),
    APPROVED("Approved", "approved already", "approve this timesheet");

    private final String label;
    private final String state;
    private final String action;

    TimesheetStatus(String label, String state, String action) {
        this.label = label;
        this.state = state;
        this.action = action;
    }

    public String getLabel() {
        return label;
    }

    public boolean canBecome(TimesheetStatus next) {
        return next(this).contains(next);
    }

    public String refusal(TimesheetStatus next) {
        return "You cannot " + next.action + " because it is " + state + ".";
    }

    private static Set<TimesheetStatus> next(TimesheetStatus from) {
        return switch (from) {
            case SUBMITTED -> EnumSet.of(APPROVED, DISPUTED);
            case DISPUTED -> EnumSet.of(SUBMITTED);
            case APPROVED -> EnumSet.noneOf(TimesheetStatus.class);
        };
    }
}
