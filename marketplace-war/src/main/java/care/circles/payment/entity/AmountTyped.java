package care.circles.payment.entity;

import care.circles.payments.Money;
import care.circles.platform.InvalidInputException;

/** An amount of money typed into a form field, like "14.50" or "£1,250". */
public final class AmountTyped {

    private AmountTyped() {
    }

    /**
     * @param field the input id, for the message beside it
     * @param what  what the amount is for, as the message says it: "the amount to pay back"
     * @throws InvalidInputException naming the field, when it is not an amount above £0.00
     */
    public static Money positive(String field, String typed, String what) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException(field, "Enter " + what + " in pounds and pence, like 14.50");
        }
        Money amount;
        try {
            amount = Money.parsePounds(typed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
        if (!amount.isPositive()) {
            throw new InvalidInputException(field, "Enter " + what + " of more than £0.00");
        }
        return amount;
    }

    /**
     * An amount that may be below zero (an adjustment down), but not zero.
     *
     * @throws InvalidInputException naming the field
     */
    public static Money nonZero(String field, String typed, String what) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInputException(field, "Enter " + what + " in pounds and pence, like 250.00 or -250.00");
        }
        try {
            Money amount = Money.parsePounds(typed);
            if (amount.isZero()) {
                throw new InvalidInputException(field, "Enter " + what + " other than £0.00");
            }
            return amount;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
