package care.circles.booking.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.booking.control.Bookings;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingStatus;
import care.circles.booking.entity.ICalendar;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.place.control.Gazetteer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The person's bookings as a calendar file (iCalendar, RFC 5545): all of them, or one with
 * {@code ?booking=id}. Only ever the signed-in person's own (web.xml keeps /bookings/* to people
 * with a direct payment; someone else's booking id answers 404).
 */
@WebServlet("/bookings/calendar.ics")
public class BookingCalendar extends HttpServlet {

    @Inject
    Bookings bookings;

    @Inject
    Sessions sessions;

    @Inject
    Listings listings;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CurrentAccount current;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Booking> chosen;
        String one = request.getParameter("booking");
        if (one == null) {
            chosen = bookings.forCalendar(current.require());
        } else {
            try {
                chosen = bookings.own(current.require(), Long.parseLong(one.strip())).map(List::of).orElse(List.of());
            } catch (NumberFormatException e) {
                chosen = List.of();
            }
            if (chosen.isEmpty()) {
                response.sendError(404, "This is not one of your bookings");
                return;
            }
        }
        String calendar = ICalendar.of(chosen.stream().map(this::event).toList(), clock.instant());
        response.setContentType(ICalendar.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (one == null ? "circles-bookings.ics"
                : "circles-booking-" + chosen.get(0).id() + ".ics") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(calendar.getBytes(StandardCharsets.UTF_8));
    }

    private ICalendar.Event event(Booking booking) {
        DaySession session = sessions.session(booking.sessionId()).orElseThrow();
        DayOpportunity listing = listings.any(session.dayOpportunityId()).orElseThrow();
        String town = gazetteer.byId(listing.placeId()).map(p -> p.name()).orElse("");
        String where = listing.address() == null ? town : listing.address() + ", " + town;
        String about = "For " + booking.attendeeName() + ". "
                + (booking.status() == BookingStatus.CANCELLED_BY_PROVIDER ? "Cancelled by the provider: "
                + booking.cancelReason() : booking.status() == BookingStatus.CANCELLED_BY_PERSON ? "You cancelled."
                : listing.cancellationPolicy().text());
        return new ICalendar.Event("booking-" + booking.id() + "@circles", session.startsAt(), session.endsAt(),
                listing.name(), where, about, !booking.isConfirmed());
    }
}
