package care.circles.payments.request;

import java.time.Instant;

import care.circles.payments.Money;

/**
 * A payment request as stored.
 *
 * @param careCategory   the kind of care it pays for (e.g. {@code personal-care}), or null
 * @param decidedAt      when the payer confirmed or refused it, or null while it waits
 * @param refusalReason  the payer's reason, for a refused request
 * @param waitingReason  why an automatic payment could not be made yet (not enough money…), or null
 * @param paidAt         when Stripe confirmed the transfer that pays it, or null
 */
public record PaymentRequest(long id, String sourceKey, long payerAccountId, long payeeAccountId, Funding funding,
                             Money amount, String description, PaymentRequestStatus status, Instant raisedAt,
                             String careCategory, Instant decidedAt, String refusalReason, String waitingReason,
                             Instant paidAt) {

    /** A request as it is raised: nothing decided yet. */
    public PaymentRequest(long id, String sourceKey, long payerAccountId, long payeeAccountId, Funding funding,
                          Money amount, String description, PaymentRequestStatus status, Instant raisedAt) {
        this(id, sourceKey, payerAccountId, payeeAccountId, funding, amount, description, status, raisedAt,
                null, null, null, null, null);
    }

    /** Paid for approved timesheets, whose keys start {@code timesheet:}: the kind a standing approval pays. */
    public boolean isForTimesheet() {
        return sourceKey.startsWith("timesheet:");
    }
}
