package care.circles.payments.card;

import care.circles.payments.Money;
import care.circles.payments.ledger.JournalEntry;

/**
 * What settling a card transaction did.
 *
 * @param entry        the ledger entry (the first one, if the transaction was settled before)
 * @param holdReleased the hold the capture replaced (zero when there was none)
 * @param overdraft    the capture left the account below zero: flagged for the council
 * @param personAccountId the card holder's person (whose care account a capture may count toward)
 */
public record Settlement(JournalEntry entry, Money holdReleased, boolean overdraft, long personAccountId) {
}
