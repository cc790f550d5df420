package care.circles.vetting.entity;

/**
 * A change a check's status does not allow, like verifying a check twice or verifying a
 * rejected one. The message says why, in plain words, for the person who tried.
 */
public class TransitionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransitionRefused(String message) {
        super(message);
    }
}
