package care.circles.payments.card;

import java.util.Objects;

import care.circles.payments.Money;

/**
 * A merchant asks to take a card payment.
 *
 * @param issuerAuthorizationId the issuer's id for this request (Stripe: {@code iauth_…});
 *                              the same id is decided once
 * @param merchantCategoryCode  the merchant's four-digit MCC, or null
 */
public record AuthorizationRequest(String issuerAuthorizationId, String issuerCardId, Money amount,
                                   String merchantCategoryCode, String merchantName) {

    public AuthorizationRequest {
        Objects.requireNonNull(issuerAuthorizationId, "issuerAuthorizationId");
        Objects.requireNonNull(issuerCardId, "issuerCardId");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("An authorisation asks for £0.00 or more");
        }
    }
}
