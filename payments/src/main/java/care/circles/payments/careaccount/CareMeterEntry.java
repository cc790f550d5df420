package care.circles.payments.careaccount;

import java.time.LocalDate;

import care.circles.payments.Money;

/**
 * One line of a person's care account.
 *
 * @param spent       what was spent (zero for an adjustment, negative for a refund)
 * @param counted     how much of it counts toward the cap (an adjustment may be negative, a refund
 *                    is zero or negative)
 * @param explanation what counted and why, in plain English
 */
public record CareMeterEntry(long id, Kind kind, String category, Money spent, Money counted, String explanation,
                             String sourceReference, Long actorAccountId, LocalDate occurredOn) {

    /** Spending reported, a refund of a purchase that counted, or a council adjustment. */
    public enum Kind { SPEND, REFUND, ADJUSTMENT }
}
