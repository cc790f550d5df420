package care.circles.payments.card;

import java.util.Objects;

import care.circles.payments.Money;

/**
 * Money that actually moved on a card, as the network settled it.
 *
 * @param issuerTransactionId   the issuer's id (Stripe: {@code ipi_…}); settled once
 * @param issuerAuthorizationId the authorisation it completes, or null (a refund, or a capture
 *                              that bypassed authorisation)
 * @param kind                  a capture (money out) or a refund (money back)
 * @param amount                how much, always positive
 */
public record CardTransaction(String issuerTransactionId, String issuerAuthorizationId, String issuerCardId,
                              Kind kind, Money amount, String merchantCategoryCode, String merchantName) {

    /** Money out to a merchant, or back from one. */
    public enum Kind { CAPTURE, REFUND }

    public CardTransaction {
        Objects.requireNonNull(issuerTransactionId, "issuerTransactionId");
        Objects.requireNonNull(issuerCardId, "issuerCardId");
        Objects.requireNonNull(kind, "kind");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A card transaction moves more than £0.00");
        }
    }
}
