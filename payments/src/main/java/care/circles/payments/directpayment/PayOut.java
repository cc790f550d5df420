package care.circles.payments.directpayment;

import java.util.Objects;

import care.circles.payments.Money;
import care.circles.payments.payee.Payee;

/**
 * A payment from a direct payment account to a payee (a PA's wages, a provider's invoice).
 *
 * @param idempotencyKey the same key pays once, e.g. {@code timesheet:812}
 * @param description    what both statements show, e.g. "Sam Jones, PA: week of 3 March"
 */
public record PayOut(long directPaymentAccountId, Payee payee, Money amount, String description,
                     String idempotencyKey, Long actorAccountId) {

    public PayOut {
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Enter an amount greater than £0.00");
        }
    }
}
