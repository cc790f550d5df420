package care.circles.payments.ledger;

/** Why money moved, as the council's audit groups it. */
public enum EntryReason {
    /** A scheduled load of a direct payment. */
    LOAD,
    /** A one-off or low-value direct payment. */
    ONE_OFF_LOAD,
    /** A payment from a direct payment to a payee. */
    PAY_OUT,
    /** Money sent to a payee's Stripe account was requested. */
    TRANSFER_REQUESTED,
    /** Stripe confirmed a transfer. */
    TRANSFER_SETTLED,
    /** Stripe reversed a transfer: the money is the payee's again. */
    TRANSFER_REVERSED,
    /** A card purchase was captured. */
    CARD_CAPTURE,
    /** A merchant refunded a card purchase. */
    CARD_REFUND,
    /** The council reclaimed unspent money. */
    CLAWBACK,
    /** The council funds an individual service fund held by a provider or broker. */
    ISF_FUNDING,
    /** An ISF holder paid a supplier from an individual service fund. */
    ISF_SPEND,
    /** A correction that undoes an earlier entry. */
    REVERSAL
}
