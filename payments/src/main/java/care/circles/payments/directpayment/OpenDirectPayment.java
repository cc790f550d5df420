package care.circles.payments.directpayment;

import java.time.LocalDate;
import java.util.Objects;

import care.circles.payments.Money;

/**
 * What the council decides when it opens a direct payment account.
 *
 * @param personAccountId  the person's account id in the web application
 * @param personName       the name on the account, for statements and the council's lists
 * @param fourWeeklyAmount the amount loaded every 4 weeks (zero: one-off payments only)
 * @param firstLoadOn      the date of the first load
 * @param loadEveryDays    days between loads: 28 unless the council says otherwise
 * @param actorAccountId   the council officer who opened it
 */
public record OpenDirectPayment(long personAccountId, String personName, Money fourWeeklyAmount,
                                LocalDate firstLoadOn, int loadEveryDays, Long actorAccountId) {

    /** Loads every 4 weeks, the usual schedule for direct payments. */
    public static final int EVERY_FOUR_WEEKS = 28;

    public OpenDirectPayment {
        Objects.requireNonNull(fourWeeklyAmount, "fourWeeklyAmount");
        Objects.requireNonNull(firstLoadOn, "firstLoadOn");
        if (personName == null || personName.isBlank()) {
            throw new IllegalArgumentException("Enter the name of the person the direct payment is for");
        }
        if (fourWeeklyAmount.isNegative()) {
            throw new IllegalArgumentException("Enter a 4-weekly amount of £0.00 or more");
        }
        if (loadEveryDays < 1 || loadEveryDays > 366) {
            throw new IllegalArgumentException("Enter how often the account is loaded, between 1 and 366 days");
        }
    }

    /** The usual case: loaded every 4 weeks from {@code firstLoadOn}. */
    public static OpenDirectPayment everyFourWeeks(long personAccountId, String personName, Money fourWeeklyAmount,
                                                   LocalDate firstLoadOn, Long actorAccountId) {
        return new OpenDirectPayment(personAccountId, personName, fourWeeklyAmount, firstLoadOn, EVERY_FOUR_WEEKS,
                actorAccountId);
    }
}
