package care.circles.seeds;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A place booked at one session (schedule and date), or, when {@code waiting}, a place in line
 * for it. The price is the listing's; how it is paid is a {@code booking.payment_method} code.
 */
public record DemoBooking(int schedule, LocalDate date, String bookerEmail, String attendeeName, boolean forSomeoneElse,
        String paymentMethod, boolean waiting) {

    public DemoBooking {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(bookerEmail, "bookerEmail");
        Objects.requireNonNull(attendeeName, "attendeeName");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
    }
}
