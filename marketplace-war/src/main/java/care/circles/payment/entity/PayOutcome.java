package care.circles.payment.entity;

/** What became of paying a payment request: on its way to the payee, or not paid and why. */
public sealed interface PayOutcome {

    /** Taken from the account and sent to Stripe; the request is paid when Stripe confirms. */
    record Paying(long requestId, long transferId) implements PayOutcome {
    }

    /** Nothing was taken from the account; {@code reason} says why in words the holder can act on. */
    record NotPaid(long requestId, String reason) implements PayOutcome {
    }
}
