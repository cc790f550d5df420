package care.circles.payments.card;

import java.time.Instant;

/**
 * A pre-paid card on a direct payment account.
 *
 * @param issuerCardId   the card issuer's id for it (Stripe: {@code ic_…})
 * @param last4          the last four digits, which people use to tell cards apart
 * @param replacesCardId the card this one replaced, or null
 */
public record PrepaidCard(long id, long directPaymentAccountId, String issuerCardId, String last4, CardStatus status,
                          Long replacesCardId, Instant issuedAt) {
}
