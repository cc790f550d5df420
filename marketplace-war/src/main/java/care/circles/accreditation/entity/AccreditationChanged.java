package care.circles.accreditation.entity;

/**
 * Fired inside the transaction whenever what the public may read about an organisation's
 * accreditations changes: accredited, suspended, reinstated, withdrawn, lapsed, renewed.
 * Provider search observes it and re-indexes the organisation in the same transaction.
 */
public record AccreditationChanged(long providerId) {
}
