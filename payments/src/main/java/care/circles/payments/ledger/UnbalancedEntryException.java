package care.circles.payments.ledger;

import care.circles.payments.Money;

/** An entry whose postings do not sum to zero: refused before anything is written. */
public class UnbalancedEntryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnbalancedEntryException(Money imbalance) {
        super("The postings of a journal entry must sum to zero; these sum to " + imbalance);
    }
}
