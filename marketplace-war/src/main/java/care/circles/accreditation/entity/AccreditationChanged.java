package care.circles.accreditation.entity;

/**
 * Fired inside the transaction whenever what the public may read about an organisation's
 * accreditations changes: accredited, suspended, reinstated, withdrawn, lapsed, renewed.
 * Provider search observes it and re-indexes the organisation in the same transaction; ISFs
 * observe it to record when their holder stops, or starts again, being allowed to hold them.
 *
 * @param actorId who made the change, or null for the nightly sweep
 */
public record AccreditationChanged(long providerId, AccreditationKind kind, StepKind step, Long actorId) {
}
