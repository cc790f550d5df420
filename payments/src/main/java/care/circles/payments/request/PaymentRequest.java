package care.circles.payments.request;

import java.time.Instant;

import care.circles.payments.Money;

/** A payment request as stored. */
public record PaymentRequest(long id, String sourceKey, long payerAccountId, long payeeAccountId, Funding funding,
                             Money amount, String description, PaymentRequestStatus status, Instant raisedAt) {
}
