package care.circles.engagement.entity;

import java.time.LocalDate;

/** Fired inside the transaction in which notice was given: visits after the last day are cancelled with it. */
public record AgreementEnding(long agreementId, LocalDate lastDay, long byAccountId) {
}
