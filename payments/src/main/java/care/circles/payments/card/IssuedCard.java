package care.circles.payments.card;

/** A card as the issuer reports it. */
public record IssuedCard(String issuerCardId, String last4, CardStatus status) {
}
