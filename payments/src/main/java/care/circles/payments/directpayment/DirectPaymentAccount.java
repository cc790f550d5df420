package care.circles.payments.directpayment;

import java.time.Instant;
import java.time.LocalDate;

import care.circles.payments.Money;

/**
 * A person's direct payment account.
 *
 * @param fourWeeklyAmount what the council loads every {@code loadEveryDays}; zero for an
 *                         account that only takes one-off (low-value) payments
 * @param firstLoadOn      the date of the first scheduled load; later loads follow every
 *                         {@code loadEveryDays} days
 */
public record DirectPaymentAccount(long id, long personAccountId, long ledgerAccountId, Money fourWeeklyAmount,
                                   int loadEveryDays, LocalDate firstLoadOn, Instant openedAt) {

    /** Whether the council loads this account on a schedule (not only one-off payments). */
    public boolean hasScheduledLoads() {
        return fourWeeklyAmount.isPositive();
    }
}
