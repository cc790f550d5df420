package care.circles.accreditation.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application or accreditation stands, and the moves each status allows. An
 * accreditation past its expiry date counts as lapsed at once (see {@link Accreditation#statusOn}).
 */
public enum AccreditationStatus {
    DRAFT("Not sent yet"),
    SUBMITTED("Waiting for the council"),
    INFO_REQUESTED("More information asked for"),
    ACCREDITED("Accredited"),
    REFUSED("Refused"),
    SUSPENDED("Suspended"),
    WITHDRAWN("Withdrawn"),
    LAPSED("Lapsed"),
    SUPERSEDED("Renewed"),
    CANCELLED("Cancelled");

    private final String label;

    AccreditationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<AccreditationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(INFO_REQUESTED, ACCREDITED, REFUSED);
            case INFO_REQUESTED -> EnumSet.of(SUBMITTED, CANCELLED);
            case ACCREDITED -> EnumSet.of(SUSPENDED, WITHDRAWN, LAPSED, SUPERSEDED);
            case SUSPENDED -> EnumSet.of(ACCREDITED, WITHDRAWN, LAPSED);
            default -> EnumSet.noneOf(AccreditationStatus.class);
        };
    }

    /** Still being put together or decided: the provider or the council has something to do. */
    public boolean isOpenApplication() {
        return this == DRAFT || this == SUBMITTED || this == INFO_REQUESTED;
    }

    /** Accredited, or suspended from it: an accreditation that has not ended. */
    public boolean isGranted() {
        return this == ACCREDITED || this == SUSPENDED;
    }

    /** @throws AccreditationRefused when the move is not allowed, saying why in plain words */
    public void requireMoveTo(AccreditationStatus target) {
        if (!next().contains(target)) {
            throw new AccreditationRefused("This cannot be done now: the application is " + label.toLowerCase(java.util.Locale.UK)
                    + ". Reload the page to see where it stands.");
        }
    }
}
