package care.circles.payments.ledger;

import java.util.List;

import care.circles.payments.Money;

/**
 * The result of {@link Ledger#check}.
 *
 * @param unbalancedEntries entries whose postings do not sum to zero (should be none)
 * @param accountsOff       accounts whose kept balance differs from the sum of their postings
 * @param total             the sum of every posting in the ledger (should be zero)
 */
public record LedgerCheck(List<Long> unbalancedEntries, List<Long> accountsOff, Money total) {

    public LedgerCheck {
        unbalancedEntries = List.copyOf(unbalancedEntries);
        accountsOff = List.copyOf(accountsOff);
    }

    /** Whether the ledger is sound. */
    public boolean isSound() {
        return unbalancedEntries.isEmpty() && accountsOff.isEmpty() && total.isZero();
    }
}
