package care.circles.safeguarding.entity;

import java.util.EnumSet;
import java.util.Set;

/** Where a safeguarding concern has got to. */
public enum ConcernStatus {
    NEW("New"),
    ACTING("Being acted on"),
    CLOSED("Closed");

    private final String label;

    ConcernStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The statuses a concern can move to from this one. A note can be added without a change
     * (to the same status) except to a new concern, which someone must pick up first; a closed
     * concern can be reopened when more comes to light.
     */
    public Set<ConcernStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACTING, CLOSED);
            case ACTING -> EnumSet.of(ACTING, CLOSED);
            case CLOSED -> EnumSet.of(ACTING);
        };
    }
}
