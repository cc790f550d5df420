package care.circles.payments.careaccount;

import java.util.List;

import care.circles.payments.Money;

/**
 * A person's progress toward the care cap.
 *
 * @param counted what has counted so far
 * @param entries every line, oldest first
 */
public record CareMeter(long personAccountId, Money counted, Money cap, List<CareMeterEntry> entries) {

    public CareMeter {
        entries = List.copyOf(entries);
    }

    /** What is left before the cap is reached; never below zero. */
    public Money remainingToCap() {
        return cap.minus(counted).max(Money.ZERO);
    }

    public boolean hasReachedCap() {
        return !counted.isLessThan(cap);
    }
}
