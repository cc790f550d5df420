package care.circles.card.entity;

/** A card cannot be changed that way (a cancelled card frozen, a second card issued); the message says why. */
public class CardChangeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CardChangeRefused(String message) {
        super(message);
    }
}
