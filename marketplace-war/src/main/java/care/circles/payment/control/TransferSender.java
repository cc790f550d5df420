package care.circles.payment.control;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.payment.entity.TransferRecorded;
import care.circles.payments.stripe.TransferFailedException;
import care.circles.platform.BackgroundWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Asks Stripe to make the transfers that were recorded as pending: straight after the
 * recording commits, on a background thread (the holder's page does not wait for Stripe), and
 * again every minute for any that Stripe did not take. The idempotency key stops Stripe making
 * one twice, however often it is asked.
 */
@ApplicationScoped
public class TransferSender {

    private static final Logger LOG = Logger.getLogger(TransferSender.class.getName());

    @Inject
    CouncilPayments payments;

    @Inject
    TransferSender self;

    @Inject
    BackgroundWork background;

    @PersistenceContext
    EntityManager em;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TransferRecorded recorded) {
        background.soon(() -> self.submit(recorded.transferId()));
    }

    /**
     * Sends one pending transfer to Stripe. A failure changes nothing and is tried again later.
     *
     * @return whether Stripe has it now
     */
    @Transactional
    public boolean submit(long transferId) {
        try {
            payments.withConnection(c -> payments.transfers().submit(c, transferId));
            return true;
        } catch (TransferFailedException | PaymentsNotSetUp e) {
            LOG.log(Level.WARNING, "Transfer " + transferId + " is still waiting for Stripe: " + e.getMessage());
            return false;
        }
    }

    /** Transfers recorded but not yet taken by Stripe, oldest first. */
    @Transactional
    public List<Long> pending(int limit) {
        return em.createNativeQuery("SELECT id FROM stripe_transfer WHERE status = 'PENDING'"
                        + " AND stripe_transfer_id IS NULL ORDER BY id")
                .setMaxResults(limit)
                .getResultList()
                .stream().map(id -> ((Number) id).longValue()).toList();
    }
}
