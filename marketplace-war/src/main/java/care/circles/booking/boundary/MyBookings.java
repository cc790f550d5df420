package care.circles.booking.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.booking.control.Bookings;
import care.circles.booking.control.Waitlist;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingRefused;
import care.circles.booking.entity.BookingStatus;
import care.circles.booking.entity.WaitlistEntry;
import care.circles.dayopportunity.boundary.PageAnswers;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.SessionTimes;
import care.circles.place.control.Gazetteer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A person's bookings, waiting-list places and offers: accept or decline an offered place, leave
 * a waiting list, and links to cancel a booking or add them to a calendar. Each form carries the
 * entry id in a plain hidden field; the controls check it is the person's.
 */
@Named
@RequestScoped
public class MyBookings {

    /** A booking as the person reads it. */
    public record BookingView(long id, String activity, long listingId, String when, String where, String attendee,
                              String cost, String payment, String status, boolean confirmed, boolean cancellable,
                              String note) {
    }

    /** A place in line, or an offered place with the time it is kept until. */
    public record WaitingView(long id, String activity, long listingId, String when, String attendee, boolean offered,
                              String until) {
    }

    @Inject
    Bookings bookings;

    @Inject
    Waitlist waitlist;

    @Inject
    Sessions sessions;

    @Inject
    Listings listings;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String refusal;
    private List<WaitingView> waiting;

    public List<BookingView> getUpcoming() {
        return bookings.upcoming(current.require()).stream().map(this::view).toList();
    }

    public List<BookingView> getPast() {
        return bookings.past(current.require()).stream().map(this::view).toList();
    }

    public List<WaitingView> getOffers() {
        return waiting().stream().filter(WaitingView::offered).toList();
    }

    public List<WaitingView> getWaiting() {
        return waiting().stream().filter(w -> !w.offered()).toList();
    }

    private List<WaitingView> waiting() {
        if (waiting == null) {
            Instant now = clock.instant();
            waiting = waitlist.openOf(current.require()).stream().map(entry -> view(entry, now)).toList();
        }
        return waiting;
    }

    public String accept() {
        return answer("ACCEPTED");
    }

    public String decline() {
        return answer("DECLINED");
    }

    public String leave() {
        return answer("LEFT");
    }

    private String answer(String done) {
        Long entry = PageAnswers.id(faces, "entryId");
        if (entry == null) {
            PageAnswers.forbidden(faces);
            return null;
        }
        try {
            String booked = "";
            switch (done) {
                case "ACCEPTED" -> booked = "&booking=" + waitlist.accept(current.require(), entry).id() + "&count=1";
                case "DECLINED" -> waitlist.decline(current.require(), entry);
                default -> waitlist.leave(current.require(), entry);
            }
            return "/bookings/index.xhtml?faces-redirect=true&done=" + done + booked;
        } catch (BookingRefused e) {
            refusal = e.getMessage();
            waiting = null;
        } catch (SecurityException e) {
            PageAnswers.forbidden(faces);
        }
        return null;
    }

    /** The line that confirms what the person just did, after the redirect. */
    public String getConfirmation() {
        var sent = faces.getExternalContext().getRequestParameterMap();
        String done = sent.get("done");
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "BOOKED", "ACCEPTED" -> booked(PageAnswers.id(faces, "booking"), PageAnswers.id(faces, "count"),
                    PageAnswers.id(faces, "full"));
            case "WAITING" -> "You are on the waiting list. If a place is freed we tell you in Circles and by email,"
                    + " and keep it for you for a day.";
            case "CANCELLED" -> "Your booking is cancelled. The provider has been told.";
            case "DECLINED" -> "You said no to the place. It goes to the next person on the waiting list.";
            case "LEFT" -> "You have left the waiting list.";
            default -> null;
        };
    }

    private String booked(Long bookingId, Long count, Long full) {
        Booking booking = bookingId == null ? null : bookings.own(current.require(), bookingId).orElse(null);
        if (booking == null) {
            return null;
        }
        BookingView view = view(booking);
        long made = count == null ? 1 : count;
        String what = made == 1 ? view.activity() + " on " + view.when()
                : made + " sessions of " + view.activity() + ", starting " + view.when();
        String left = full == null || full == 0 ? "" : " " + full + (full == 1 ? " session was" : " sessions were")
                + " full, so " + (full == 1 ? "it is" : "they are") + " not booked.";
        return "Booked: " + what + ", for " + view.attendee() + ". " + view.payment() + left;
    }

    private BookingView view(Booking booking) {
        DaySession session = sessions.session(booking.sessionId()).orElseThrow();
        DayOpportunity listing = listings.any(session.dayOpportunityId()).orElseThrow();
        Instant now = clock.instant();
        String note = switch (booking.status()) {
            case CANCELLED_BY_PROVIDER -> "The provider cancelled the session: " + booking.cancelReason();
            case CANCELLED_BY_PERSON -> booking.isLateCancellation()
                    ? "You cancelled with less notice than the provider asks for: they may still charge." : null;
            case CONFIRMED -> booking.attendance() == null ? null : "Register: " + booking.attendance().getLabel();
        };
        return new BookingView(booking.id(), listing.name(), listing.id(), session.when(), where(listing),
                booking.attendeeName(), booking.price().isZero() ? "Free" : booking.price().toString(),
                booking.paymentMethod().explain(booking.price()), booking.status().getLabel(),
                booking.status() == BookingStatus.CONFIRMED, booking.isConfirmed() && !session.hasStarted(now), note);
    }

    private WaitingView view(WaitlistEntry entry, Instant now) {
        DaySession session = sessions.session(entry.sessionId()).orElseThrow();
        DayOpportunity listing = listings.any(session.dayOpportunityId()).orElseThrow();
        boolean offered = entry.isOfferOpen(now);
        return new WaitingView(entry.id(), listing.name(), listing.id(), session.when(), entry.attendeeName(), offered,
                offered ? SessionTimes.moment(entry.offerExpiresAt()) : null);
    }

    private String where(DayOpportunity listing) {
        String town = gazetteer.byId(listing.placeId()).map(p -> p.name()).orElse("");
        return listing.address() == null ? town : listing.address() + ", " + town;
    }

    public String getRefusal() {
        return refusal;
    }
}
