package care.circles.isf.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import care.circles.payments.Money;

/**
 * How spending compares with the budget spread evenly over the year, for the council's flags:
 * spending well ahead of the year so far may run the fund out early; well behind it may mean
 * the person is not getting the support planned.
 */
public enum SpendingPace {
    ON_TRACK("On track"),
    AHEAD("Spending ahead of budget"),
    BEHIND("Underspending");

    /** Too early in the year to judge an underspend. */
    static final int UNDERSPEND_AFTER_DAYS = 60;

    private final String label;

    SpendingPace(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * AHEAD when spent is more than 120% of the share of the budget for the days so far (and that
     * gap is over 5% of the budget); BEHIND when, after 60 days, it is under half that share.
     */
    public static SpendingPace of(Money budget, Money spent, LocalDate start, LocalDate today) {
        long days = Math.min(365, ChronoUnit.DAYS.between(start, today) + 1);
        if (days <= 0 || !budget.isPositive()) {
            return ON_TRACK;
        }
        long expected = budget.pence() * days / 365;
        long gap = spent.pence() - expected;
        if (spent.pence() * 10 > expected * 12 && gap * 20 > budget.pence()) {
            return AHEAD;
        }
        if (days >= UNDERSPEND_AFTER_DAYS && spent.pence() * 2 < expected) {
            return BEHIND;
        }
        return ON_TRACK;
    }
}
