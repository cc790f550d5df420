package care.circles.vetting.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a check is in its life. The allowed moves are listed here and nowhere else:
 * <pre>
 * SUBMITTED -> VERIFIED | REJECTED          (council decides)
 * VERIFIED  -> EXPIRED                      (its expiry date passes)
 * VERIFIED, EXPIRED, REJECTED -> SUPERSEDED (a newer one of the same check replaces it)
 * </pre>
 */
public enum CheckStatus {
    SUBMITTED("Waiting for the council", "waiting for the council to check it"),
    VERIFIED("Verified", "verified"),
    REJECTED("Not accepted", "rejected"),
    EXPIRED("Expired", "expired"),
    SUPERSEDED("Replaced by a newer one", "replaced by a newer one");

    private final String label;
    private final String state;

    CheckStatus(String label, String state) {
        this.label = label;
        this.state = state;
    }

    public String label() {
        return label;
    }

    public Set<CheckStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(VERIFIED, REJECTED);
            case VERIFIED -> EnumSet.of(EXPIRED, SUPERSEDED);
            case REJECTED, EXPIRED -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(CheckStatus.class);
        };
    }

    public boolean canMoveTo(CheckStatus target) {
        return next().contains(target);
    }

    /** @throws TransitionRefused saying, in words the person can act on, why the move is not allowed */
    public void requireMoveTo(CheckStatus target) {
        if (!canMoveTo(target)) {
            throw new TransitionRefused(refusal(target));
        }
    }

    String refusal(CheckStatus target) {
        if (this == target) {
            return "This check is already " + state + ", so it cannot be " + target.state + " again.";
        }
        return switch (target) {
            case VERIFIED, REJECTED -> "This check is " + state + ", so it cannot be " + target.state
                    + ". Only a check that is waiting for the council can be verified or rejected.";
            case EXPIRED -> "Only a verified check can expire; this one is " + state + ".";
            case SUPERSEDED -> "This check is " + state + ", so a newer one cannot replace it yet.";
            case SUBMITTED -> "A check cannot go back to waiting for the council. Send a new one instead.";
        };
    }
}
