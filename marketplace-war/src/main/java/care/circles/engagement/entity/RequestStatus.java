package care.circles.engagement.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request to a PA has got to. Every allowed step is listed here; anything else is
 * refused with a message that says why.
 */
public enum RequestStatus {
    SENT("Waiting for the PA to answer", "waiting for the PA to answer", "send this request"),
    CHANGES_PROPOSED("The PA proposed changes", "waiting for an answer to the PA's changes",
            "propose changes to this request"),
    ACCEPTED("Accepted: there is an agreement", "accepted", "accept this request"),
    DECLINED("Declined by the PA", "declined", "decline this request"),
    WITHDRAWN("Withdrawn", "withdrawn", "withdraw this request");

    private final String description;
    private final String state;
    private final String action;

    RequestStatus(String description, String state, String action) {
        this.description = description;
        this.state = state;
        this.action = action;
    }

    public String getDescription() {
        return description;
    }

    public String getLabel() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public boolean canBecome(RequestStatus next) {
        return next(this).contains(next);
    }

    public boolean isOpen() {
        return this == SENT || this == CHANGES_PROPOSED;
    }

    /** "You cannot decline this request because it is withdrawn." */
    public String refusal(RequestStatus next) {
        return "You cannot " + next.action + " because it is " + state + ".";
    }

    private static Set<RequestStatus> next(RequestStatus from) {
        return switch (from) {
            case SENT -> EnumSet.of(ACCEPTED, DECLINED, CHANGES_PROPOSED, WITHDRAWN);
            case CHANGES_PROPOSED -> EnumSet.of(ACCEPTED, SENT, WITHDRAWN);
            case ACCEPTED, DECLINED, WITHDRAWN -> EnumSet.noneOf(RequestStatus.class);
        };
    }
}
