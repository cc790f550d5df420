package care.circles.payments.directpayment;

import care.circles.payments.Money;
import care.circles.payments.ledger.JournalEntry;

/**
 * What became of spending from a direct payment account (a payment out, a clawback): posted,
 * or refused with nothing posted.
 */
public sealed interface SpendResult {

    /** Posted now, or earlier under the same idempotency key. */
    record Posted(JournalEntry entry) implements SpendResult {
    }

    /** Not enough money after pending card holds: nothing was posted. */
    record Refused(Money shortBy, Funds funds) implements SpendResult {

        /** For the person paying: "Not enough money in the account: £3.20 short". */
        public String message() {
            return "Not enough money in the account: " + shortBy + " short";
        }
    }
}
