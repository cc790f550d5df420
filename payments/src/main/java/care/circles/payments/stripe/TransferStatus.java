package care.circles.payments.stripe;

/** Where a transfer to a payee's Stripe account has got to. */
public enum TransferStatus {
    /** Recorded and the money set aside; Stripe not called yet (or the call failed: retry). */
    PENDING,
    /** Stripe accepted it; waiting for its webhook. */
    SUBMITTED,
    /** Stripe confirmed it: the money is in the payee's Stripe account. */
    PAID,
    /** Stripe reversed it: the money is the payee's balance with us again. */
    REVERSED
}
