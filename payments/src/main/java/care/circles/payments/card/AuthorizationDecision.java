package care.circles.payments.card;

/**
 * The answer to a card payment: approved, or declined with a reason and a message the card
 * holder can understand ("This card cannot be used for gambling").
 */
public record AuthorizationDecision(boolean approved, DeclineReason reason, String messageForHolder) {

    static final AuthorizationDecision APPROVED = new AuthorizationDecision(true, null, "Payment approved");

    static AuthorizationDecision declined(DeclineReason reason, String messageForHolder) {
        return new AuthorizationDecision(false, reason, messageForHolder);
    }
}
