package care.circles.booking.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingChoice;
import care.circles.booking.entity.BookingOutcome;
import care.circles.booking.entity.BookingRefused;
import care.circles.booking.entity.PaymentMethod;
import care.circles.booking.entity.SessionFull;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.ProviderRef;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A person's bookings: book a session or the rest of its series, see them, cancel one. Only
 * people with a direct payment (or their carers) book, and only the booker sees or cancels a
 * booking. A paid booking hands its payment request to the payments module as it is made.
 */
@ApplicationScoped
public class Bookings {

    static final String SUBJECT = "booking";
    private static final int PAST_SHOWN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionPlaces places;

    @Inject
    Sessions sessions;

    @Inject
    Listings listings;

    @Inject
    Waitlist waitlist;

    @Inject
    BookingPayments payments;

    @Inject
    BookingNews news;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The ways to pay a session, as its provider accepts them. */
    public List<PaymentMethod> accepted(DayOpportunity listing, DaySession session) {
        return PaymentMethod.accepted(listing.price(), listing.funding(), session.isCarersBreak());
    }

    /**
     * Books the session, or with {@link BookingChoice#wholeSeries()} every session of its series
     * from this one on that still has a place (the full ones are in the outcome).
     *
     * @throws SessionFull     when the one session asked for has no place left
     * @throws BookingRefused  when booking is closed, or the person has this place already
     * @throws SecurityException for anyone but a person with a direct payment or their carer
     */
    @Transactional
    public BookingOutcome book(Account person, long sessionId, BookingChoice choice) {
        requirePerson(person);
        Instant now = clock.instant();
        DaySession first = sessions.session(sessionId)
                .orElseThrow(() -> new BookingRefused("This session is not on offer. Choose another from the list."));
        DayOpportunity listing = listings.listed(first.dayOpportunityId())
                .orElseThrow(() -> new BookingRefused("This activity is no longer listed, so it takes no bookings."));
        if (!accepted(listing, first).contains(choice.paymentMethod())) {
            throw new InvalidInputException("paymentMethod", "Choose how the place will be paid for");
        }
        ProviderRef provider = listings.provider(listing).orElseThrow();
        List<DaySession> wanted = choice.wholeSeries() ? sessions.sessionsOfSeriesFrom(first) : List.of(first);
        List<Booking> booked = new ArrayList<>();
        List<DaySession> full = new ArrayList<>();
        for (DaySession session : wanted) {
            if (!session.isBookable(now) || hasPlace(person, session, choice.attendeeName())) {
                if (!choice.wholeSeries()) {
                    throw refusal(session, now, choice.attendeeName());
                }
                continue;
            }
            if (!places.take(session.id(), now)) {
                if (!choice.wholeSeries()) {
                    throw new SessionFull();
                }
                full.add(session);
                continue;
            }
            Booking booking = confirm(person, choice, session, listing, provider, "");
            if (choice.wholeSeries()) {
                booking.partOfSeries(booked.isEmpty() ? booking.id() : booked.get(0).id());
            }
            booked.add(booking);
        }
        if (booked.isEmpty()) {
            throw full.isEmpty() ? new BookingRefused("Every session of this series from this date is closed for"
                    + " booking or booked for " + choice.attendeeName() + " already.") : new SessionFull();
        }
        return new BookingOutcome(booked, full);
    }

    /**
     * Records a booking for a place already taken: its payment request (if paid), its audit line,
     * and a word to the provider.
     *
     * @param how how the place came, for the audit and the provider, like " from the waiting list"
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Booking confirm(Account person, BookingChoice choice, DaySession session, DayOpportunity listing,
                    ProviderRef provider, String how) {
        Booking booking = new Booking(session.id(), person.id(), choice, listing.price(), clock.instant());
        em.persist(booking);
        em.flush();
        payments.raiseFor(booking, listing, session, provider);
        audit.record(person.id(), "BOOKING_MADE", SUBJECT, booking.id(), booking.price() + ", "
                + booking.paymentMethod().name() + ", session " + session.id() + how);
        news.providerTold(provider, session, "New booking" + how + ": " + choice.attendeeName() + " at "
                + listing.name() + " on " + session.when() + ".");
        return booking;
    }

    /**
     * Cancels the person's own booking before the session starts. The place goes to the first on
     * the waiting list, or back to everyone. Cancelling later than the provider's notice is
     * allowed, and recorded as late.
     */
    @Transactional
    public Booking cancel(Account person, long bookingId) {
        requirePerson(person);
        Booking mine = own(person, bookingId).orElseThrow(() -> new SecurityException("This booking is not one of yours"));
        Instant now = clock.instant();
        DaySession session = places.lock(mine.sessionId());
        Booking booking = mine;
        em.refresh(booking, LockModeType.PESSIMISTIC_WRITE);
        if (!booking.isConfirmed()) {
            throw new BookingRefused("This booking is cancelled already.");
        }
        if (session.hasStarted(now)) {
            throw new BookingRefused("The session has started, so the booking can no longer be cancelled here."
                    + " Please contact the provider.");
        }
        DayOpportunity listing = listings.any(session.dayOpportunityId()).orElseThrow();
        boolean late = listing.cancellationPolicy().isLate(now, session.startsAt());
        booking.cancelByPerson(person.id(), now, late);
        waitlist.placeFreed(session, listing);
        audit.record(person.id(), "BOOKING_CANCELLED", SUBJECT, bookingId,
                late ? "less notice than the provider asks for" : null);
        listings.provider(listing).ifPresent(provider -> news.providerTold(provider, session, "Cancelled: "
                + booking.attendeeName() + " at " + listing.name() + " on " + session.when() + "."));
        return booking;
    }

    /** One of the person's own bookings; nothing if it is someone else's, so ids reveal nothing. */
    public Optional<Booking> own(Account person, long bookingId) {
        requirePerson(person);
        return Optional.ofNullable(em.find(Booking.class, bookingId)).filter(b -> b.isBookedBy(person.id()));
    }

    /** Bookings for sessions not yet over, soonest first, cancelled ones included. */
    public List<Booking> upcoming(Account person) {
        requirePerson(person);
        return em.createNamedQuery(Booking.BY_BOOKER_FROM, Booking.class)
                .setParameter("booker", person.id())
                .setParameter("from", clock.instant())
                .getResultList();
    }

    /** The most recent bookings for sessions that are over. */
    public List<Booking> past(Account person) {
        requirePerson(person);
        return em.createNamedQuery(Booking.BY_BOOKER_BEFORE, Booking.class)
                .setParameter("booker", person.id())
                .setParameter("before", clock.instant())
                .setMaxResults(PAST_SHOWN)
                .getResultList();
    }

    /** Every booking of the person for the calendar file: upcoming, and the last few weeks. */
    public List<Booking> forCalendar(Account person) {
        requirePerson(person);
        return em.createNamedQuery(Booking.BY_BOOKER_FROM, Booking.class)
                .setParameter("booker", person.id())
                .setParameter("from", clock.instant().minus(java.time.Duration.ofDays(31)))
                .getResultList();
    }

    /** Whether this person has booked a place at the session for someone of this name already. */
    boolean hasPlace(Account person, DaySession session, String attendeeName) {
        return em.createNamedQuery(Booking.CONFIRMED_OF_BOOKER_AT, Booking.class)
                .setParameter("session", session.id())
                .setParameter("booker", person.id())
                .getResultStream()
                .anyMatch(b -> b.attendeeName().equalsIgnoreCase(attendeeName));
    }

    private static BookingRefused refusal(DaySession session, Instant now, String attendeeName) {
        if (session.isCancelled()) {
            return new BookingRefused("This session is cancelled. Choose another from the list.");
        }
        if (!session.isBookable(now)) {
            return new BookingRefused("Booking for this session has closed. Choose a later session.");
        }
        return new BookingRefused(attendeeName + " has a place at this session already.");
    }

    static void requirePerson(Account account) {
        if (account.role() != Role.DP_HOLDER) {
            throw new SecurityException("Only people with a direct payment, or their carers, book day opportunities");
        }
    }
}
