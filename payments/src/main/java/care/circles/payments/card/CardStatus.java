package care.circles.payments.card;

/** Whether a pre-paid card can be used. */
public enum CardStatus {
    /** Can be used. */
    ACTIVE,
    /** Stopped for now by the holder or the council; can be unfrozen. */
    FROZEN,
    /** Stopped for good (replaced, lost, stolen). */
    CANCELLED
}
