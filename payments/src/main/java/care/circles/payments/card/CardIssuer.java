package care.circles.payments.card;

/**
 * The port to whoever issues the cards. Stripe Issuing is the first adapter
 * ({@code care.circles.payments.stripe.StripeCardIssuer}); the pre-paid card schemes councils
 * use today issue, freeze and replace cards the same way, so each gets an adapter here rather
 * than a change to the rules in {@link PrepaidCards}.
 *
 * <p>Every method calls the issuer over the network and throws {@link CardIssuerException}
 * when it fails; a retried {@link #issue} or {@link #replace} with the same idempotency key
 * gives the same card.
 */
public interface CardIssuer {

    /**
     * Enrols the person as a cardholder with the issuer, before their first card.
     *
     * @return the issuer's id for them (Stripe: {@code ich_…})
     */
    String enrol(Cardholder cardholder);

    /** Issues a new active card to the cardholder. */
    IssuedCard issue(CardRequest request);

    /** Stops the card being used until {@link #unfreeze}. */
    void freeze(String issuerCardId);

    /** Lets a frozen card be used again. */
    void unfreeze(String issuerCardId);

    /** Issues a card that replaces this one; the issuer cancels the old card. */
    IssuedCard replace(String issuerCardId, ReplacementReason reason, String idempotencyKey);
}
