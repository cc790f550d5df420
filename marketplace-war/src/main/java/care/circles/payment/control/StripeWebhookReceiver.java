package care.circles.payment.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.payments.stripe.VerifiedEvent;
import care.circles.payments.stripe.WebhookOutcome;
import care.circles.payments.stripe.WebhookRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stripe's webhook events: the signature checked, the event committed by its id, then acted on
 * once in a short transaction of its own (a card decision with its hold, a capture or refund
 * into the ledger, a transfer confirmed and its payment request paid). When acting fails the
 * event stays stored as failed with the error and is tried again every minute (and on Stripe's
 * redelivery). Kept lean: Stripe waits at most 2 seconds for a card decision.
 */
@ApplicationScoped
public class StripeWebhookReceiver {

    private static final Logger LOG = Logger.getLogger(StripeWebhookReceiver.class.getName());

    @Inject
    CouncilPayments payments;

    @Inject
    StripeEventSteps steps;

    /**
     * @param payload   the request body exactly as received
     * @param signature the {@code Stripe-Signature} header
     * @throws WebhookRejectedException when the signature does not verify (nothing is stored)
     * @throws PaymentsNotSetUp         when there is no webhook secret to verify with
     * @throws RuntimeException         when acting on the event failed: it is stored as failed, to be retried
     */
    public WebhookOutcome receive(String payload, String signature) throws WebhookRejectedException {
        VerifiedEvent event = payments.webhooks().verify(payload, signature);
        steps.store(event);
        try {
            return steps.process(event);
        } catch (RuntimeException e) {
            steps.recordFailure(event.id(), e);
            throw e;
        }
    }

    /** Events deferred, failed, or stored and never processed, tried again (run every minute); returns how many were done. */
    public int retryDeferred() {
        payments.webhooks(); // refuses when payments are not set up
        int done = 0;
        for (String eventId : steps.dueForRetry(100)) {
            try {
                if (steps.retry(eventId).filter(o -> o.status() != WebhookOutcome.Status.DEFERRED).isPresent()) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stripe event " + eventId + " failed again; the next run tries again", e);
                steps.recordFailure(eventId, e);
            }
        }
        return done;
    }
}
