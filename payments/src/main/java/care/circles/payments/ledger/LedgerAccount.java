package care.circles.payments.ledger;

/** An account in the ledger; its balance is derived from its postings. */
public record LedgerAccount(long id, AccountKind kind, Owner owner, String name) {
}
