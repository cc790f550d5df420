package care.circles.payments.card;

import java.util.Map;

/**
 * A request for a new card.
 *
 * @param cardholderId   the issuer's id for the person (Stripe: {@code ich_…})
 * @param physical       a plastic card by post (true) or a virtual card for online use
 * @param idempotencyKey the same key issues one card, however often it is retried
 * @param metadata       our references kept with the card at the issuer
 */
public record CardRequest(String cardholderId, boolean physical, String idempotencyKey, Map<String, String> metadata) {

    public CardRequest {
        if (cardholderId == null || cardholderId.isBlank()) {
            throw new IllegalArgumentException("A card needs a cardholder");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("A card request needs an idempotency key");
        }
        metadata = Map.copyOf(metadata);
    }
}
