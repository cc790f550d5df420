package care.circles.engagement.entity;

/** Fired inside the transaction that made an agreement with regular visits, so its visits are planned with it. */
public record AgreementMade(long agreementId) {
}
