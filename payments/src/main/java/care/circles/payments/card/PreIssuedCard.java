package care.circles.payments.card;

import java.util.Objects;

/**
 * A card that was issued before it was recorded here (moved over from a council's existing
 * pre-paid card scheme, or made up for demo data and benchmarks): {@link #issue} records it by
 * its known id; changing it is for the scheme that issued it.
 */
public final class PreIssuedCard implements CardIssuer {

    private final String cardholderId;
    private final IssuedCard card;

    public PreIssuedCard(String cardholderId, String issuerCardId, String last4) {
        this.cardholderId = Objects.requireNonNull(cardholderId, "cardholderId");
        this.card = new IssuedCard(Objects.requireNonNull(issuerCardId, "issuerCardId"), last4, CardStatus.ACTIVE);
    }

    @Override
    public String enrol(Cardholder cardholder) {
        return cardholderId;
    }

    @Override
    public IssuedCard issue(CardRequest request) {
        return card;
    }

    @Override
    public void freeze(String issuerCardId) {
        throw elsewhere();
    }

    @Override
    public void unfreeze(String issuerCardId) {
        throw elsewhere();
    }

    @Override
    public IssuedCard replace(String issuerCardId, ReplacementReason reason, String idempotencyKey) {
        throw elsewhere();
    }

    private static CardIssuerException elsewhere() {
        return new CardIssuerException("This card is changed by the scheme that issued it", null);
    }
}
