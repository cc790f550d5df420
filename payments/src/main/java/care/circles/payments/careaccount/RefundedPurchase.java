package care.circles.payments.careaccount;

import java.util.Objects;

import care.circles.payments.Money;

/**
 * A purchase as the care meter knows it, with the refunds already set against it: how much of a
 * further refund comes off the meter.
 *
 * <p>A refund gives back the part of the purchase that did not count first (the part past the
 * cap), so after refunds the purchase counts what the person finally paid for it, and never more
 * than it counted when it was made. A purchase that counted nothing gives nothing back.
 *
 * @param spent    what the purchase cost
 * @param counted  how much of it counted toward the cap
 * @param refunded what earlier refunds gave back
 * @param takenOff what earlier refunds took off the meter
 */
public record RefundedPurchase(Money spent, Money counted, Money refunded, Money takenOff) {

    public RefundedPurchase {
        Objects.requireNonNull(spent, "spent");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(takenOff, "takenOff");
        if (counted.isNegative() || counted.isGreaterThan(spent)) {
            throw new IllegalArgumentException("A purchase counts between £0.00 and what it cost: " + counted + " of " + spent);
        }
    }

    /** A purchase no refund has touched yet. */
    public static RefundedPurchase unrefunded(Money spent, Money counted) {
        return new RefundedPurchase(spent, counted, Money.ZERO, Money.ZERO);
    }

    /** What a refund of {@code refund} takes off the meter: never negative, never more than the purchase still counts. */
    public Money takeOffFor(Money refund) {
        if (!refund.isPositive()) {
            throw new IllegalArgumentException("A refund is more than £0.00");
        }
        Money stillPaid = spent.minus(refunded).minus(refund).max(Money.ZERO);
        Money countsAfter = counted.min(stillPaid);
        return counted.minus(takenOff).minus(countsAfter).max(Money.ZERO);
    }

    /** After a refund of {@code refund} that took {@code taken} off the meter. */
    public RefundedPurchase after(Money refund, Money taken) {
        return new RefundedPurchase(spent, counted, refunded.plus(refund), takenOff.plus(taken));
    }
}
