package care.circles.payments.ledger;

import java.util.Objects;

import care.circles.payments.Money;

/** One leg of a journal entry: money into (positive) or out of (negative) one account. */
public record Posting(long accountId, Money amount) {

    public Posting {
        Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("A posting moves some money: zero is not a posting");
        }
    }
}
