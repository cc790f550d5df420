package care.circles.payments.directpayment;

import care.circles.payments.Money;

/**
 * The money on a direct payment account.
 *
 * @param balance   what the ledger holds for the person
 * @param held      card purchases approved and not yet captured
 */
public record Funds(Money balance, Money held) {

    /** What can still be spent: the balance less pending card holds. */
    public Money available() {
        return balance.minus(held);
    }

    /** How much more than is available a payment of {@code amount} would need; zero if it fits. */
    public Money shortOf(Money amount) {
        return amount.minus(available()).max(Money.ZERO);
    }
}
