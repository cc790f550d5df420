package care.circles.payments.councilaudit;

import java.math.BigDecimal;
import java.time.Instant;

import care.circles.payments.Money;
import care.circles.payments.directpayment.DirectPaymentAccount;

/**
 * The council's view of one direct payment account.
 *
 * @param weeksHeld    how many weeks of funding the balance holds (balance ÷ 4-weekly amount ×
 *                     4, one decimal place), or null for an account without scheduled loads
 * @param lastActivity when money last moved on the account, or null if it never has
 * @param contingency  what the person may keep for irregular costs (the contingency weeks of funding)
 * @param surplus      the balance above the contingency, which the council may reclaim (zero if none)
 */
public record AccountReview(DirectPaymentAccount account, Money balance, BigDecimal weeksHeld, Instant lastActivity,
                            Money contingency, Money surplus) {

    /** Whether the account holds more than the contingency: flagged for the council to review. */
    public boolean hasSurplus() {
        return surplus.isPositive();
    }
}
