package care.circles.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of pounds sterling held as whole pence, so sums never drift the way binary
 * floating point does. Amounts may be negative (a refund, a reclaim); arithmetic refuses to
 * overflow rather than wrap silently.
 */
public record Money(long pence) implements Comparable<Money> {

    /** No money at all. */
    public static final Money ZERO = new Money(0);

    /** The largest amount a person can type into a form: one million pounds. */
    private static final BigDecimal MAX_POUNDS = new BigDecimal("1000000");

    /** An amount in whole pence: {@code ofPence(1450)} is £14.50. */
    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    /**
     * Reads an amount as a person writes it: "14.50", "£14.50", "14", "1,250.00".
     *
     * @throws IllegalArgumentException with a message a person can act on
     */
    public static Money parsePounds(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Enter an amount in pounds and pence, like 14.50");
        }
        String cleaned = text.strip().replace("£", "").replace(",", "").strip();
        if (!cleaned.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new IllegalArgumentException(
                    "Enter the amount using numbers only, with up to two decimal places, like 14.50");
        }
        BigDecimal pounds = new BigDecimal(cleaned);
        if (pounds.abs().compareTo(MAX_POUNDS) > 0) {
            throw new IllegalArgumentException("Enter an amount of no more than £1,000,000.00");
        }
        return new Money(pounds.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    /** @throws ArithmeticException rather than overflow */
    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(pence, quantity));
    }

    /** The same amount the other way: money in becomes money out. */
    public Money negate() {
        return new Money(Math.negateExact(pence));
    }

    /** The amount without its sign. */
    public Money abs() {
        return pence < 0 ? negate() : this;
    }

    /** The smaller of the two amounts. */
    public Money min(Money other) {
        return pence <= other.pence ? this : other;
    }

    /** The larger of the two amounts. */
    public Money max(Money other) {
        return pence >= other.pence ? this : other;
    }

    /** Adds up amounts exactly; an empty list is {@link #ZERO}. */
    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    /**
     * This amount as a share of {@code whole}, times {@code scale}, to one decimal place
     * (half up): how many weeks of funding a balance holds is
     * {@code balance.ratioTo(fourWeekly, 4)}.
     *
     * @throws ArithmeticException when {@code whole} is zero
     */
    public BigDecimal ratioTo(Money whole, int scale) {
        if (whole.pence == 0) {
            throw new ArithmeticException("Cannot divide by a zero amount");
        }
        return BigDecimal.valueOf(pence).multiply(BigDecimal.valueOf(scale))
                .divide(BigDecimal.valueOf(whole.pence), 1, RoundingMode.HALF_UP);
    }

    public boolean isZero() {
        return pence == 0;
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isPositive() {
        return pence > 0;
    }

    public boolean isLessThan(Money other) {
        return pence < other.pence;
    }

    public boolean isGreaterThan(Money other) {
        return pence > other.pence;
    }

    /** Pounds with two decimals and no symbol, as a form field shows it: "14.50". */
    public String toPlainPounds() {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /** For people to read: "£1,250.00", "-£3.20". */
    @Override
    public String toString() {
        // By hand rather than String.format("%,.2f"): pages show many amounts, and the formatter is slow.
        String pounds = Long.toString(Math.abs(pence / 100));
        long penceOnly = Math.abs(pence % 100);
        StringBuilder text = new StringBuilder(pounds.length() + 8);
        text.append(pence < 0 ? "-£" : "£");
        for (int i = 0; i < pounds.length(); i++) {
            if (i > 0 && (pounds.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(pounds.charAt(i));
        }
        return text.append('.').append(penceOnly < 10 ? "0" : "").append(penceOnly).toString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }
}
