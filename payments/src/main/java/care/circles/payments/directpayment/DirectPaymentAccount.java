package care.circles.payments.directpayment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The next {@code count} scheduled load dates after {@code today} (none without a schedule). */
    public List<LocalDate> loadsAfter(LocalDate today, int count) {
        List<LocalDate> dates = new ArrayList<>();
        if (!hasScheduledLoads()) {
            return dates;
        }
        LocalDate due = firstLoadOn;
        if (!due.isAfter(today)) {
            long periods = java.time.temporal.ChronoUnit.DAYS.between(firstLoadOn, today) / loadEveryDays + 1;
            due = firstLoadOn.plusDays(periods * loadEveryDays);
        }
        for (int i = 0; i < count; i++, due = due.plusDays(loadEveryDays)) {
            dates.add(due);
        }
        return dates;
    }
}
