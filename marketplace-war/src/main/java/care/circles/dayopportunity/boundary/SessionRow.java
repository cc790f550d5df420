package care.circles.dayopportunity.boundary;

import java.time.Instant;

import care.circles.dayopportunity.entity.DaySession;

/** One session in a table, worded for people: when, what, and how many places are left. */
public record SessionRow(long id, String when, String kind, boolean carersBreak, int placesTaken, int capacity,
                         String places, boolean bookable, boolean full, boolean cancelled, String cancelReason,
                         boolean started) {

    public static SessionRow of(DaySession session, Instant now) {
        return new SessionRow(session.id(), session.when(), session.kind().getLabel(), session.isCarersBreak(),
                session.placesTaken(), session.capacity(), places(session, now), session.isBookable(now),
                session.isFull(), session.isCancelled(), session.cancelReason(), session.hasStarted(now));
    }

    private static String places(DaySession session, Instant now) {
        if (session.isCancelled()) {
            return "Cancelled";
        }
        if (!session.isBookable(now)) {
            return "Booking closed";
        }
        int left = session.placesLeft();
        return left == 0 ? "Full" : left == 1 ? "1 place left" : left + " places left";
    }

    /** Booking is open and the session is full: people can join the waiting list. */
    public boolean waitingListOpen() {
        return bookable && full;
    }
}
