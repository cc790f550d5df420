package care.circles.advert.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a job advert is in its life. Every allowed change is listed here; anything else is
 * refused with a message that says why.
 */
public enum AdvertStatus {
    DRAFT("Draft: not sent to the council yet", "a draft", "save this advert as a draft"),
    SUBMITTED("Waiting for the council to check it", "waiting for the council to check it",
            "send this advert to the council"),
    PUBLISHED("Published: personal assistants can find it", "published", "publish this advert"),
    REJECTED("Sent back by the council: change it and send it again", "sent back by the council",
            "send this advert back"),
    FILLED("Filled: you found a personal assistant", "filled", "mark this advert as filled"),
    WITHDRAWN("Withdrawn", "withdrawn", "withdraw this advert"),
    CLOSED("Closed: adverts close 60 days after they are published", "closed", "close this advert");

    private final String description;
    private final String state;
    private final String action;

    AdvertStatus(String description, String state, String action) {
        this.description = description;
        this.state = state;
        this.action = action;
    }

    public String description() {
        return description;
    }

    public String getDescription() {
        return description;
    }

    public String getLabel() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public boolean canBecome(AdvertStatus next) {
        return next(this).contains(next);
    }

    /** The poster may change the words only before the council publishes them. */
    public boolean isEditable() {
        return this == DRAFT || this == REJECTED;
    }

    public boolean isEnded() {
        return next(this).isEmpty();
    }

    /** "You cannot withdraw this advert because it is filled." */
    public String refusal(AdvertStatus next) {
        return "You cannot " + next.action + " because it is " + state + ".";
    }

    public String editRefusal() {
        return "You cannot change this advert because it is " + state
                + (this == PUBLISHED ? ". Withdraw it and write a new one if it needs changing." : ".");
    }

    private static Set<AdvertStatus> next(AdvertStatus from) {
        return switch (from) {
            case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(PUBLISHED, REJECTED, WITHDRAWN);
            case REJECTED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case PUBLISHED -> EnumSet.of(FILLED, WITHDRAWN, CLOSED);
            case FILLED, WITHDRAWN, CLOSED -> EnumSet.noneOf(AdvertStatus.class);
        };
    }
}
