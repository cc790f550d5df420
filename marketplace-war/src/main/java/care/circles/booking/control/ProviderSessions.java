package care.circles.booking.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import care.circles.account.entity.Account;
import care.circles.audit.control.AuditTrail;
import care.circles.booking.entity.Attendance;
import care.circles.booking.entity.Booking;
import care.circles.booking.entity.BookingRefused;
import care.circles.booking.entity.WaitlistEntry;
import care.circles.dayopportunity.control.Listings;
import care.circles.dayopportunity.control.Sessions;
import care.circles.dayopportunity.entity.DayOpportunity;
import care.circles.dayopportunity.entity.DaySession;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What a provider does with one of its sessions: read who is booked and waiting, fill in the
 * attendance register, or cancel the session (everyone booked or waiting is told why). Only the
 * provider that owns the listing may do any of it.
 */
@ApplicationScoped
public class ProviderSessions {

    public static final int MAX_REASON = 500;

    /** A session with its bookings and waiting list, as the provider sees it. */
    public record Register(DaySession session, DayOpportunity listing, List<Booking> booked, List<WaitlistEntry> waiting) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    Sessions sessions;

    @Inject
    SessionPlaces places;

    @Inject
    Waitlist waitlist;

    @Inject
    BookingNews news;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @throws SecurityException when the session is another provider's (or there is no such session) */
    public Register register(Account provider, long sessionId) {
        DaySession session = sessions.session(sessionId).orElseThrow(ProviderSessions::notYours);
        DayOpportunity listing = listings.own(provider, session.dayOpportunityId()).orElseThrow(ProviderSessions::notYours);
        return new Register(session, listing, confirmedAt(sessionId), waitlist.openAt(sessionId));
    }

    /**
     * Records who came. The register opens on the day of the session.
     *
     * @param marks booking id → attendance; bookings not mentioned are left as they are
     */
    @Transactional
    public int noteAttendance(Account provider, long sessionId, Map<Long, Attendance> marks) {
        Register register = register(provider, sessionId);
        if (sessions.today().isBefore(register.session().sessionDate())) {
            throw new BookingRefused("You can fill in the register from the day of the session.");
        }
        Instant now = clock.instant();
        int noted = 0;
        for (Booking booking : register.booked()) {
            Attendance mark = marks.get(booking.id());
            if (mark != null && mark != booking.attendance()) {
                booking.noteAttendance(mark, now);
                noted++;
            }
        }
        return noted;
    }

    /**
     * Cancels the session: every booking is cancelled and everyone booked or waiting is told,
     * with the reason.
     *
     * @return how many bookings were cancelled
     */
    @Transactional
    public int cancel(Account provider, long sessionId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "Tell people why the session is cancelled, like The hall is"
                    + " closed for repairs");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        register(provider, sessionId);
        Instant now = clock.instant();
        DaySession session = places.lock(sessionId);
        DayOpportunity listing = listings.any(session.dayOpportunityId()).orElseThrow();
        if (session.isCancelled()) {
            throw new BookingRefused("This session is cancelled already.");
        }
        if (session.hasStarted(now)) {
            throw new BookingRefused("This session has started, so it can no longer be cancelled.");
        }
        session.cancel(now, why);
        List<Booking> booked = confirmedAt(sessionId);
        for (Booking booking : booked) {
            booking.cancelByProvider(provider.id(), now, why);
            news.sessionCancelled(booking.bookerAccountId(), listing, session, why, false);
        }
        for (WaitlistEntry entry : waitlist.openAt(sessionId)) {
            entry.close(now);
            news.sessionCancelled(entry.accountId(), listing, session, why, true);
        }
        audit.record(provider.id(), "SESSION_CANCELLED", "day_session", sessionId,
                booked.size() + " bookings cancelled: " + why);
        return booked.size();
    }

    private List<Booking> confirmedAt(long sessionId) {
        return em.createNamedQuery(Booking.CONFIRMED_AT, Booking.class).setParameter("session", sessionId).getResultList();
    }

    private static SecurityException notYours() {
        return new SecurityException("This session is not one of yours");
    }
}
