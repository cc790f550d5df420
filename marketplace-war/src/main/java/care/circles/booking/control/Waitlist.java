package care.circles.booking.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.entity.Account;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingChoice;
import care.circles.booking.entity.BookingRefused;
import care.circles.booking.entity.WaitlistEntry;
import care.circles.booking.entity.WaitlistStatus;
import care.circles.dayopportunity.control.Listings;
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
 * Waiting lists for full sessions, first come first served. A freed place is kept for the first
 * in line and offered to them for {@code WAITLIST_OFFER_HOURS} (24 by default, never past the
 * booking cut-off); an offer declined or not taken in time passes to the next, and with nobody
 * left the place is free for anyone. Every step locks the session first, so steps on one
 * session happen one after another.
 */
@ApplicationScoped
public class Waitlist {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionPlaces places;

    @Inject
    Listings listings;

    @Inject
    Bookings bookings;

    @Inject
    BookingNews news;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "waitlist.offer-hours", defaultValue = "24")
    int offerHours;

    /**
     * Puts the person in line for a place at a full session.
     *
     * @throws BookingRefused when places are free (book instead), booking has closed, or they are in line already
     */
    @Transactional
    public WaitlistEntry join(Account person, long sessionId, BookingChoice choice) {
        Bookings.requirePerson(person);
        Instant now = clock.instant();
        DaySession session = Optional.ofNullable(places.lock(sessionId))
                .orElseThrow(() -> new BookingRefused("This session is not on offer. Choose another from the list."));
        DayOpportunity listing = listings.listed(session.dayOpportunityId())
                .orElseThrow(() -> new BookingRefused("This activity is no longer listed, so it takes no bookings."));
        if (!session.isBookable(now)) {
            throw new BookingRefused("Booking for this session has closed, so its waiting list has too.");
        }
        if (!session.isFull()) {
            throw new BookingRefused("There are places free at this session: book one now instead of waiting.");
        }
        if (!bookings.accepted(listing, session).contains(choice.paymentMethod())) {
            throw new InvalidInputException("paymentMethod", "Choose how the place will be paid for");
        }
        boolean inLine = openOf(person).stream().anyMatch(w -> w.sessionId() == sessionId
                && w.attendeeName().equalsIgnoreCase(choice.attendeeName()));
        if (inLine || bookings.hasPlace(person, session, choice.attendeeName())) {
            throw new BookingRefused(choice.attendeeName() + " has a place or is on the waiting list for this session already.");
        }
        WaitlistEntry entry = new WaitlistEntry(sessionId, person.id(), choice, now);
        em.persist(entry);
        return entry;
    }

    /** Takes the offered place: it becomes a booking (and a payment request if it is paid for). */
    @Transactional
    public Booking accept(Account person, long entryId) {
        Instant now = clock.instant();
        WaitlistEntry entry = lockedOwn(person, entryId);
        if (!entry.isOfferOpen(now)) {
            throw new BookingRefused("This offer has ended, so the place has gone to the next person in line.");
        }
        DaySession session = em.find(DaySession.class, entry.sessionId());
        DayOpportunity listing = listings.any(session.dayOpportunityId()).orElseThrow();
        ProviderRef provider = listings.provider(listing).orElseThrow();
        places.takeKept(session.id());
        Booking booking = bookings.confirm(person, entry.choice(), session, listing, provider, " from the waiting list");
        entry.booked(booking.id(), now);
        return booking;
    }

    /** Says no to the offered place, which goes to the next in line. */
    @Transactional
    public void decline(Account person, long entryId) {
        WaitlistEntry entry = lockedOwn(person, entryId);
        if (!entry.isOfferOpen(clock.instant())) {
            throw new BookingRefused("This offer has ended already.");
        }
        entry.decline(clock.instant());
        passOn(em.find(DaySession.class, entry.sessionId()));
    }

    /** Leaves the waiting list; an open offer is declined. */
    @Transactional
    public void leave(Account person, long entryId) {
        WaitlistEntry entry = lockedOwn(person, entryId);
        if (entry.isOfferOpen(clock.instant())) {
            entry.decline(clock.instant());
            passOn(em.find(DaySession.class, entry.sessionId()));
        } else if (entry.isOpen()) {
            entry.leave(clock.instant());
        }
    }

    /**
     * A booked place at this (locked) session has just been freed: kept and offered to the first
     * in line, or, with nobody waiting or too late to offer, free for anyone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placeFreed(DaySession lockedSession, DayOpportunity listing) {
        Optional<WaitlistEntry> next = nextInLine(lockedSession);
        if (next.isPresent()) {
            places.keepFreed(lockedSession.id());
            offer(next.get(), lockedSession, listing);
        } else {
            places.release(lockedSession.id());
        }
    }

    /** The ids of offers whose time is up as of {@code now}. */
    public List<Long> offersEndedBy(Instant now) {
        return em.createNamedQuery(WaitlistEntry.OFFERS_ENDED, Long.class).setParameter("now", now).getResultList();
    }

    /**
     * Ends one offer whose time is up, passing the kept place on, in a transaction of its own.
     *
     * @return false when it was answered (or ended) meanwhile
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean endOffer(long entryId, Instant now) {
        WaitlistEntry peek = em.find(WaitlistEntry.class, entryId);
        DaySession session = places.lock(peek.sessionId());
        WaitlistEntry entry = peek;
        em.refresh(entry, LockModeType.PESSIMISTIC_WRITE);
        if (entry.status() != WaitlistStatus.OFFERED || entry.isOfferOpen(now)) {
            return false;
        }
        entry.expire(now);
        DayOpportunity listing = listings.any(session.dayOpportunityId()).orElseThrow();
        news.offerEnded(entry.accountId(), listing, session);
        passOn(session, now);
        return true;
    }

    /** Closes the waiting lists of sessions whose booking has closed: nobody can be offered a place any more. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int closeWhereBookingClosed(Instant now) {
        return em.createNativeQuery("UPDATE waitlist_entry SET status = 'CLOSED', ended_at = ?, version = version + 1"
                        + " WHERE status = 'WAITING' AND session_id IN"
                        + " (SELECT id FROM day_session WHERE booking_closes_at <= ? OR status = 'CANCELLED')")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }

    /** The person's places in line and open offers, oldest first. */
    public List<WaitlistEntry> openOf(Account person) {
        Bookings.requirePerson(person);
        return em.createNamedQuery(WaitlistEntry.OPEN_OF_ACCOUNT, WaitlistEntry.class)
                .setParameter("account", person.id())
                .getResultList();
    }

    /** Everyone in line for a session, first first. */
    public List<WaitlistEntry> openAt(long sessionId) {
        return em.createNamedQuery(WaitlistEntry.OPEN_AT, WaitlistEntry.class)
                .setParameter("session", sessionId)
                .getResultList();
    }

    private void passOn(DaySession session) {
        passOn(session, clock.instant());
    }

    /** The kept place goes to the next in line, or back to everyone. The caller holds the session's lock. */
    private void passOn(DaySession session, Instant now) {
        Optional<WaitlistEntry> next = nextInLine(session, now);
        if (next.isPresent()) {
            offer(next.get(), session, listings.any(session.dayOpportunityId()).orElseThrow(), now);
        } else {
            places.releaseKept(session.id());
        }
    }

    private Optional<WaitlistEntry> nextInLine(DaySession session) {
        return nextInLine(session, clock.instant());
    }

    private Optional<WaitlistEntry> nextInLine(DaySession session, Instant now) {
        if (!session.isBookable(now)) {
            return Optional.empty();
        }
        return em.createNamedQuery(WaitlistEntry.NEXT_IN_LINE, WaitlistEntry.class)
                .setParameter("session", session.id())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private void offer(WaitlistEntry entry, DaySession session, DayOpportunity listing) {
        offer(entry, session, listing, clock.instant());
    }

    private void offer(WaitlistEntry entry, DaySession session, DayOpportunity listing, Instant now) {
        Instant until = now.plus(Duration.ofHours(offerHours));
        if (until.isAfter(session.bookingClosesAt())) {
            until = session.bookingClosesAt();
        }
        entry.offer(now, until);
        news.placeOffered(entry.accountId(), listing, session, until);
    }

    private WaitlistEntry lockedOwn(Account person, long entryId) {
        Bookings.requirePerson(person);
        WaitlistEntry entry = em.find(WaitlistEntry.class, entryId);
        if (entry == null || !entry.belongsTo(person.id())) {
            throw new SecurityException("This waiting-list place is not one of yours");
        }
        places.lock(entry.sessionId());
        em.refresh(entry, LockModeType.PESSIMISTIC_WRITE);
        return entry;
    }
}
