package care.circles.booking.entity;

/** A booking step the rules do not allow just now; the message says why and what the person can do. */
public class BookingRefused extends RuntimeException {

    public BookingRefused(String message) {
        super(message);
    }
}
