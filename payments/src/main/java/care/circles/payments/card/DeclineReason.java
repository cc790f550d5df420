package care.circles.payments.card;

/** Why a card payment was declined, for the council's reports. */
public enum DeclineReason {
    CARD_UNKNOWN,
    CARD_FROZEN,
    CARD_CANCELLED,
    BLOCKED_CATEGORY,
    INSUFFICIENT_FUNDS
}
