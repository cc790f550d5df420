package care.circles.payment.entity;

/** A transfer to a payee was recorded as pending: Stripe is asked to make it once the recording commits. */
public record TransferRecorded(long transferId) {
}
