package care.circles.payments.card;

import java.time.Instant;

import care.circles.payments.Money;

/**
 * A card payment a merchant asked for and what was decided, as the holder and the council see it.
 *
 * @param declineMessage why it was declined, in words the holder understands; null when approved
 * @param held           whether the approval still holds money until the merchant captures it
 */
public record CardDecision(String issuerAuthorizationId, long cardId, Money amount, String merchantName,
                           String merchantCategoryCode, boolean approved, String declineMessage, boolean held,
                           Instant decidedAt) {
}
