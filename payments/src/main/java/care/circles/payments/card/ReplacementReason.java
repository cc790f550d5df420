package care.circles.payments.card;

/** Why a card is replaced. */
public enum ReplacementReason {
    LOST, STOLEN, DAMAGED, EXPIRED
}
