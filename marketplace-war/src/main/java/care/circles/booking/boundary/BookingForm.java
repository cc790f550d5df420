package care.circles.booking.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.booking.control.Bookings;
import care.circles.booking.control.Waitlist;
import care.circles.booking.entity.BookingChoice;
import care.circles.booking.entity.BookingOutcome;
import care.circles.booking.entity.BookingRefused;
import care.circles.booking.entity.PaymentMethod;
import care.circles.booking.entity.SessionFull;
import care.circles.booking.entity.WaitlistEntry;
import care.circles.dayopportunity.boundary.PageAnswers;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.Recurrence;
import care.circles.dayopportunity.entity.SessionPrice;
import care.circles.payments.Money;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A person books a session (or the rest of its series) for themselves or someone they care for,
 * seeing what it costs and how it will be paid; when it is full they can join the waiting list.
 * The session id travels in the address and a hidden field. /bookings/* is for people with a
 * direct payment and their carers (web.xml); the control checks again.
 */
@Named
@RequestScoped
public class BookingForm {

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
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private DaySession session;
    private DayOpportunity listing;
    private String refusal;
    private boolean fullNow;

    @PostConstruct
    void fill() {
        Long sessionId = PageAnswers.id(faces, "session");
        session = sessionId == null ? null : sessions.session(sessionId).orElse(null);
        listing = session == null ? null : listings.listed(session.dayOpportunityId()).orElse(null);
    }

    public void load() {
        PageAnswers.notFoundWhen(faces, listing == null);
    }

    /** Books, or joins the waiting list when the form offered that: a place taken meanwhile is said, not assumed. */
    public String submit() {
        return "WAIT".equals(value("intent")) ? joinWaitingList() : book();
    }

    private String book() {
        if (listing == null) {
            PageAnswers.notFound(faces);
            return null;
        }
        try {
            BookingOutcome outcome = bookings.book(current.require(), session.id(), choice());
            return "/bookings/index.xhtml?faces-redirect=true&done=BOOKED&booking=" + outcome.booked().get(0).id()
                    + "&count=" + outcome.booked().size() + "&full=" + outcome.full().size();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SessionFull e) {
            fullNow = true;
            refusal = e.getMessage();
        } catch (BookingRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    private String joinWaitingList() {
        if (listing == null) {
            PageAnswers.notFound(faces);
            return null;
        }
        try {
            WaitlistEntry entry = waitlist.join(current.require(), session.id(), choice());
            return "/bookings/index.xhtml?faces-redirect=true&done=WAITING&entry=" + entry.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (BookingRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    private BookingChoice choice() {
        return BookingChoice.of(new BookingChoice.Typed(value("whoFor"), value("attendeeName"), value("paymentMethod"),
                value("howMany")), getMethods(), session.isCarersBreak());
    }

    /** What was typed into the form, to show it again. */
    public String value(String name) {
        Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
        return sent.get(name);
    }

    public boolean isFound() {
        return listing != null;
    }

    public boolean isBookable() {
        return session.isBookable(clock.instant());
    }

    /** No place is left (or the last one went while the person was filling in the form). */
    public boolean isFull() {
        return fullNow || session.isFull();
    }

    public boolean isCarersBreak() {
        return session.isCarersBreak();
    }

    public List<PaymentMethod> getMethods() {
        return bookings.accepted(listing, session);
    }

    public DayOpportunity getListing() {
        return listing;
    }

    public DaySession getSession() {
        return session;
    }

    public String getWhere() {
        String town = gazetteer.byId(listing.placeId()).map(p -> p.name()).orElse("");
        return listing.address() == null ? town : listing.address() + ", " + town;
    }

    public String getPrice() {
        return new SessionPrice(listing.price(), listing.kind()).toString();
    }

    public String getPlaces() {
        int left = session.placesLeft();
        return left == 0 ? "None left" : left == 1 ? "1 place left" : left + " places left";
    }

    public String getPolicy() {
        return listing.cancellationPolicy().text();
    }

    /** How many sessions of the series from this one could still be booked, this one included. */
    public int getSeriesCount() {
        if (sessions.schedule(session.seriesId()).map(s -> s.plan().recurrence() == Recurrence.ONCE).orElse(true)) {
            return 1;
        }
        Instant now = clock.instant();
        return (int) sessions.sessionsOfSeriesFrom(session).stream().filter(s -> s.isBookable(now)).count();
    }

    /** "£4.50 for this session. Every session from this date: 8 sessions, £36.00 in all." */
    public String getCost() {
        Money each = listing.price();
        if (each.isZero()) {
            return "Free: there is nothing to pay.";
        }
        String one = each + " for this " + (listing.kind().name().equals("HUB") ? "day" : "session") + ".";
        int series = getSeriesCount();
        return series > 1 ? one + " Every session from this date: " + series + " sessions, " + each.times(series)
                + " in all." : one;
    }

    public boolean checked(String name, String value) {
        return value.equals(value(name));
    }

    public String getRefusal() {
        return refusal;
    }
}
