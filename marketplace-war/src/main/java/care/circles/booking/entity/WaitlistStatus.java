package care.circles.booking.entity;

/** Where someone on a waiting list has got to. */
public enum WaitlistStatus {
    /** In line for a place. */
    WAITING,
    /** Offered a freed place, which is kept for them until the offer ends. */
    OFFERED,
    /** Took the offered place: a booking exists. */
    BOOKED,
    /** Did not answer the offer in time; the place went to the next in line. */
    EXPIRED,
    /** Said no to the offer. */
    DECLINED,
    /** Took themselves off the list. */
    LEFT,
    /** The session was cancelled or booking closed. */
    CLOSED
}
