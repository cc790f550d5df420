package care.circles.dayopportunity.entity;

/** Something a provider or a person asked that the rules do not allow; the message says why and what to do. */
public class ListingRefused extends RuntimeException {

    public ListingRefused(String message) {
        super(message);
    }
}
