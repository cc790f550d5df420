package care.circles.booking.boundary;

import java.time.Clock;

import care.circles.account.control.CurrentAccount;
import care.circles.booking.control.Bookings;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingRefused;
import care.circles.dayopportunity.boundary.PageAnswers;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.payments.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Asks a person to confirm cancelling a booking, with the provider's cancellation policy and a
 * warning when it is late. Someone else's booking is simply not found.
 */
@Named
@RequestScoped
public class CancelBooking {

    /** The booking being cancelled, as the page shows it. */
    public record View(long id, String activity, String when, String attendee, String cost) {
    }

    @Inject
    Bookings bookings;

    @Inject
    Sessions sessions;

    @Inject
    Listings listings;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private Booking booking;
    private DaySession session;
    private DayOpportunity listing;
    private String refusal;

    @PostConstruct
    void fill() {
        Long id = PageAnswers.id(faces, "booking");
        booking = id == null ? null : bookings.own(current.require(), id).filter(Booking::isConfirmed).orElse(null);
        if (booking != null) {
            session = sessions.session(booking.sessionId()).orElseThrow();
            listing = listings.any(session.dayOpportunityId()).orElseThrow();
        }
    }

    public void load() {
        PageAnswers.notFoundWhen(faces, booking == null);
    }

    public String cancel() {
        if (booking == null) {
            PageAnswers.notFound(faces);
            return null;
        }
        try {
            bookings.cancel(current.require(), booking.id());
            return "/bookings/index.xhtml?faces-redirect=true&done=CANCELLED";
        } catch (BookingRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    public boolean isFound() {
        return booking != null;
    }

    public View getView() {
        Money price = booking.price();
        return new View(booking.id(), listing.name(), session.when(), booking.attendeeName(),
                price.isZero() ? "Free" : price.toString());
    }

    public String getPolicy() {
        return listing.cancellationPolicy().text();
    }

    public boolean isLate() {
        return listing.cancellationPolicy().isLate(clock.instant(), session.startsAt());
    }

    public String getRefusal() {
        return refusal;
    }
}
