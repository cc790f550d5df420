package care.circles.booking.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import care.circles.dayopportunity.entity.DaySession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A session's places counters, changed only by conditional updates: the database decides who
 * gets the last place, however many ask at the same moment (the row lock makes them queue, and
 * each sees the count the one before left). The table's CHECK is the last line of defence.
 */
@ApplicationScoped
public class SessionPlaces {

    @PersistenceContext
    EntityManager em;

    /** Takes a free place if one is left and booking is open. @return false when there is none */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(long sessionId, Instant now) {
        return em.createNativeQuery("UPDATE day_session SET places_taken = places_taken + 1 WHERE id = ?"
                        + " AND status = 'SCHEDULED' AND booking_closes_at > ? AND places_taken + places_held < capacity")
                .setParameter(1, sessionId)
                .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** A booked place is free again, for anyone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(long sessionId) {
        change(sessionId, "places_taken = places_taken - 1", "places_taken > 0");
    }

    /** A booked place is freed and kept for someone on the waiting list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keepFreed(long sessionId) {
        change(sessionId, "places_taken = places_taken - 1, places_held = places_held + 1", "places_taken > 0");
    }

    /** The person the place was kept for takes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeKept(long sessionId) {
        change(sessionId, "places_held = places_held - 1, places_taken = places_taken + 1", "places_held > 0");
    }

    /** Nobody is left to offer the kept place to: it is free for anyone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseKept(long sessionId) {
        change(sessionId, "places_held = places_held - 1", "places_held > 0");
    }

    /**
     * Locks the session until the transaction ends and reads its counters afresh. Everything that
     * moves a waiting list or cancels bookings locks the session first, so they queue in one order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DaySession lock(long sessionId) {
        DaySession session = em.find(DaySession.class, sessionId);
        if (session != null) {
            em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        }
        return session;
    }

    private void change(long sessionId, String set, String condition) {
        int changed = em.createNativeQuery("UPDATE day_session SET " + set + " WHERE id = ? AND " + condition)
                .setParameter(1, sessionId)
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalStateException("The places of session " + sessionId + " do not add up: " + set);
        }
    }
}
