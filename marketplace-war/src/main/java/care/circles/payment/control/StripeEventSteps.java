package care.circles.payment.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import care.circles.payments.stripe.VerifiedEvent;
import care.circles.payments.stripe.WebhookOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The steps of handling a Stripe event, each its own short transaction, so the event is
 * committed before anything is done about it and a failure to act on it is kept with it.
 * {@link StripeWebhookReceiver} runs them in order.
 */
@ApplicationScoped
public class StripeEventSteps {

    @Inject
    CouncilPayments payments;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(VerifiedEvent event) {
        payments.withConnection(c -> {
            payments.webhooks().store(c, event);
            return null;
        });
    }

    /** Acts on the stored event; a payment request whose transfer Stripe confirmed becomes paid in the same commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WebhookOutcome process(VerifiedEvent event) {
        return payments.withConnection(c -> markPaidIfTransfer(c, payments.webhooks().process(c, event)));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<WebhookOutcome> retry(String eventId) {
        return payments.withConnection(c -> {
            Optional<WebhookOutcome> outcome = payments.webhooks().retry(c, eventId);
            if (outcome.isPresent()) {
                markPaidIfTransfer(c, outcome.get());
            }
            return outcome;
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String eventId, RuntimeException failure) {
        payments.withConnection(c -> {
            payments.webhooks().recordFailure(c, eventId, rootMessage(failure));
            return null;
        });
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> dueForRetry(int limit) {
        return payments.withConnection(c -> payments.webhooks().dueForRetry(c, limit));
    }

    private WebhookOutcome markPaidIfTransfer(Connection c, WebhookOutcome outcome) throws SQLException {
        if (outcome.type().startsWith("transfer.") && outcome.status() == WebhookOutcome.Status.PROCESSED) {
            payments.requests().markPaidWhereTransferSettled(c);
        }
        return outcome;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? message : failure.getMessage() + " (" + message + ")";
    }
}
