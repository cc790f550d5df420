package care.circles.messaging.control;

/**
 * The conversation does not exist, or the person asking is not in it: the two look the same
 * from outside (404), so nobody can find out which conversation ids exist.
 */
public class ConversationNotFoundException extends RuntimeException {

    public ConversationNotFoundException(String message) {
        super(message);
    }
}
