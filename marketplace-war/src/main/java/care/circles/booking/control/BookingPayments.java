package care.circles.booking.control;

import java.util.Optional;

import care.circles.booking.entity.Booking;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.ProviderRef;
import care.circles.payment.control.PaymentRequestInbox;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Hands a paid booking to the payments module, inside the booking's transaction. The request's
 * source is the booking, so however often this is asked, there is one request per booking.
 * Free and council-commissioned places raise nothing.
 */
@ApplicationScoped
public class BookingPayments {

    static final int MAX_DESCRIPTION = 300;

    @Inject
    PaymentRequestInbox inbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PaymentRequest> raiseFor(Booking booking, DayOpportunity listing, DaySession session,
                                             ProviderRef provider) {
        Optional<Funding> funding = booking.paymentMethod().funding();
        if (booking.price().isZero() || funding.isEmpty()) {
            return Optional.empty();
        }
        if (provider.ownerAccountId() == null) {
            throw new IllegalStateException(provider.name() + " has no account to be paid into");
        }
        String description = listing.name() + ", " + session.when() + ", for " + booking.attendeeName();
        if (description.length() > MAX_DESCRIPTION) {
            description = description.substring(0, MAX_DESCRIPTION - 1) + "\u2026";
        }
        return Optional.of(inbox.raise(new NewPaymentRequest(sourceKey(booking.id()), booking.bookerAccountId(),
                provider.ownerAccountId(), funding.get(), booking.price(), description, booking.bookerAccountId())));
    }

    public static String sourceKey(long bookingId) {
        return "booking:" + bookingId;
    }
}
