package care.circles.payments.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.issuing.Card;
import com.stripe.net.RequestOptions;
import com.stripe.param.issuing.CardCreateParams;
import com.stripe.param.issuing.CardholderCreateParams;
import com.stripe.param.issuing.CardUpdateParams;

import care.circles.payments.card.CardIssuer;
import care.circles.payments.card.CardIssuerException;
import care.circles.payments.card.CardRequest;
import care.circles.payments.card.CardStatus;
import care.circles.payments.card.Cardholder;
import care.circles.payments.card.IssuedCard;
import care.circles.payments.card.ReplacementReason;

/**
 * Cards issued by Stripe Issuing, in pounds. Spending is decided by our own real-time
 * authorisation ({@code issuing_authorization.request}), so the cards carry no Stripe spending
 * controls of their own.
 */
public final class StripeCardIssuer implements CardIssuer {

    private final StripeClient stripe;

    public StripeCardIssuer(StripeClient stripe) {
        this.stripe = stripe;
    }

    @Override
    public String enrol(Cardholder cardholder) {
        CardholderCreateParams.Builder params = CardholderCreateParams.builder()
                .setName(cardholder.name())
                .setType(CardholderCreateParams.Type.INDIVIDUAL)
                .setBilling(CardholderCreateParams.Billing.builder()
                        .setAddress(CardholderCreateParams.Billing.Address.builder()
                                .setLine1(cardholder.billingAddress().line1())
                                .setCity(cardholder.billingAddress().town())
                                .setPostalCode(cardholder.billingAddress().postcode())
                                .setCountry("GB")
                                .build())
                        .build());
        if (cardholder.email() != null) {
            params.setEmail(cardholder.email());
        }
        try {
            return stripe.v1().issuing().cardholders().create(params.build(), idempotent(cardholder.idempotencyKey()))
                    .getId();
        } catch (StripeException e) {
            throw new CardIssuerException("Stripe could not enrol the cardholder: " + e.getMessage(), e);
        }
    }

    @Override
    public IssuedCard issue(CardRequest request) {
        CardCreateParams params = CardCreateParams.builder()
                .setCardholder(request.cardholderId())
                .setCurrency("gbp")
                .setType(request.physical() ? CardCreateParams.Type.PHYSICAL : CardCreateParams.Type.VIRTUAL)
                .setStatus(CardCreateParams.Status.ACTIVE)
                .putAllMetadata(request.metadata())
                .build();
        try {
            return issued(stripe.v1().issuing().cards().create(params, idempotent(request.idempotencyKey())));
        } catch (StripeException e) {
            throw new CardIssuerException("Stripe could not issue the card: " + e.getMessage(), e);
        }
    }

    @Override
    public void freeze(String issuerCardId) {
        setStatus(issuerCardId, CardUpdateParams.Status.INACTIVE);
    }

    @Override
    public void unfreeze(String issuerCardId) {
        setStatus(issuerCardId, CardUpdateParams.Status.ACTIVE);
    }

    private void setStatus(String issuerCardId, CardUpdateParams.Status status) {
        try {
            stripe.v1().issuing().cards().update(issuerCardId, CardUpdateParams.builder().setStatus(status).build());
        } catch (StripeException e) {
            throw new CardIssuerException("Stripe could not change the card: " + e.getMessage(), e);
        }
    }

    @Override
    public IssuedCard replace(String issuerCardId, ReplacementReason reason, String idempotencyKey) {
        try {
            Card old = stripe.v1().issuing().cards().retrieve(issuerCardId);
            CardCreateParams params = CardCreateParams.builder()
                    .setCardholder(old.getCardholder().getId())
                    .setCurrency("gbp")
                    .setType(CardCreateParams.Type.valueOf(old.getType().toUpperCase(java.util.Locale.ROOT)))
                    .setStatus(CardCreateParams.Status.ACTIVE)
                    .setReplacementFor(issuerCardId)
                    .setReplacementReason(CardCreateParams.ReplacementReason.valueOf(reason.name()))
                    .putAllMetadata(old.getMetadata())
                    .build();
            return issued(stripe.v1().issuing().cards().create(params, idempotent(idempotencyKey)));
        } catch (StripeException e) {
            throw new CardIssuerException("Stripe could not replace the card: " + e.getMessage(), e);
        }
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private static IssuedCard issued(Card card) {
        CardStatus status = switch (card.getStatus()) {
            case "active" -> CardStatus.ACTIVE;
            case "inactive" -> CardStatus.FROZEN;
            default -> CardStatus.CANCELLED;
        };
        return new IssuedCard(card.getId(), card.getLast4(), status);
    }
}
