package care.circles.payment.entity;

/** A payment request was raised (fired inside the raising transaction, observed after it commits). */
public record PaymentRequestRaised(long requestId, long payerAccountId, boolean forTimesheet) {
}
