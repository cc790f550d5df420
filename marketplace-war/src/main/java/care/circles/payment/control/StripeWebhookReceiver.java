package care.circles.payment.control;

import care.circles.payments.stripe.WebhookOutcome;
import care.circles.payments.stripe.WebhookRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Stripe's webhook events, each in one short transaction: the event is stored by its id and
 * acted on once (a card decision with its hold, a capture or refund into the ledger, a
 * transfer confirmed), and a payment request whose transfer Stripe confirmed becomes paid in
 * the same commit. Kept lean: Stripe waits at most 2 seconds for a card decision.
 */
@ApplicationScoped
public class StripeWebhookReceiver {

    @Inject
    CouncilPayments payments;

    /**
     * @param payload   the request body exactly as received
     * @param signature the {@code Stripe-Signature} header
     * @throws WebhookRejectedException when the signature does not verify (nothing is stored)
     * @throws PaymentsNotSetUp         when there is no webhook secret to verify with
     */
    @Transactional(rollbackOn = WebhookRejectedException.class)
    public WebhookOutcome receive(String payload, String signature) throws WebhookRejectedException {
        var webhooks = payments.webhooks();
        try {
            return payments.withConnection(c -> {
                WebhookOutcome outcome;
                try {
                    outcome = webhooks.receive(c, payload, signature);
                } catch (WebhookRejectedException e) {
                    throw new WrappedRejection(e);
                }
                if (outcome.type().startsWith("transfer.")) {
                    payments.requests().markPaidWhereTransferSettled(c);
                }
                return outcome;
            });
        } catch (WrappedRejection e) {
            throw e.rejection;
        }
    }

    /** Events that arrived before what they refer to, tried again (run every minute). */
    @Transactional
    public int retryDeferred() {
        var webhooks = payments.webhooks();
        return payments.withConnection(c -> {
            int done = webhooks.retryDeferred(c, 100).size();
            if (done > 0) {
                payments.requests().markPaidWhereTransferSettled(c);
            }
            return done;
        });
    }

    /** Carries the checked rejection out of the connection's work. */
    private static final class WrappedRejection extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient WebhookRejectedException rejection;

        WrappedRejection(WebhookRejectedException rejection) {
            super(rejection);
            this.rejection = rejection;
        }
    }
}
