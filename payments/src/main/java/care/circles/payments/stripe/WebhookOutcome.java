package care.circles.payments.stripe;

import java.util.Optional;

import care.circles.payments.card.AuthorizationDecision;

/**
 * What receiving one webhook event did. Answer Stripe with 200 for every outcome (a deferred
 * event is ours to retry); for {@code issuing_authorization.request} the body is
 * {@code {"approved": decision.approved()}}.
 *
 * @param decision   the card decision, for {@code issuing_authorization.request} only
 * @param waitingFor for a deferred event, what it refers to that has not arrived yet
 */
public record WebhookOutcome(String eventId, String type, Status status, AuthorizationDecision decision,
                             String waitingFor) {

    /** What happened to the event. */
    public enum Status {
        /** Processed now. */
        PROCESSED,
        /** Seen and processed before: nothing done again. */
        DUPLICATE,
        /** Refers to something not recorded yet; stored, and retried by {@link StripeWebhooks#retry}. */
        DEFERRED,
        /** A type we do not act on; stored. */
        IGNORED
    }

    /** The card decision, for an {@code issuing_authorization.request}. */
    public Optional<AuthorizationDecision> authorizationDecision() {
        return Optional.ofNullable(decision);
    }
}
