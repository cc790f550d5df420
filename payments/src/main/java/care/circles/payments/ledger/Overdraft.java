package care.circles.payments.ledger;

import java.time.Instant;

import care.circles.payments.Money;

/** An entry that left a person's account below zero, for the council to follow up. */
public record Overdraft(long journalEntryId, long accountId, Money balanceAfter, Instant flaggedAt) {
}
