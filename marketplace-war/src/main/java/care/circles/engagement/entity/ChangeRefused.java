package care.circles.engagement.entity;

/**
 * A step that the current state of a request, agreement, visit or timesheet does not allow;
 * the message says why, for the person who asked.
 */
public class ChangeRefused extends RuntimeException {

    public ChangeRefused(String message) {
        super(message);
    }
}
