package care.circles.vetting.entity;

/**
 * Fired inside the transaction whenever what the register shows about a PA's checks changes:
 * a check verified, rejected, superseded or found expired. Search observes it to re-index the PA.
 */
public record VettingChanged(long paAccountId) {
}
