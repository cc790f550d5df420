package care.circles.payments.request;

/** Where a payment request has got to. */
public enum PaymentRequestStatus {
    /** Raised; the payer has not confirmed it yet. */
    AWAITING,
    /** Confirmed; the money is on its way (a transfer waiting for its webhook). */
    PAYING,
    PAID,
    /** The payer or the platform refused it, with a reason recorded elsewhere (audit). */
    REFUSED,
    /** The source was withdrawn before payment (a booking cancelled in time). */
    CANCELLED
}
