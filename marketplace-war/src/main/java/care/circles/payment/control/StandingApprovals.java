package care.circles.payment.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.payment.entity.PaymentRequestRaised;
import care.circles.platform.BackgroundWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Pays approved timesheets for holders who said they need not confirm each one: as soon as the
 * approval that raised the request commits (on a background thread, so the approval never
 * waits for money to move), and again every minute for any that could not be paid yet (the
 * account was short until the next load, the PA had not set up how they get paid).
 */
@ApplicationScoped
public class StandingApprovals {

    private static final Logger LOG = Logger.getLogger(StandingApprovals.class.getName());

    @Inject
    PaymentRequestInbox inbox;

    @Inject
    BackgroundWork background;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentRequestRaised raised) {
        if (raised.forTimesheet()) {
            background.soon(() -> payIfApproved(raised.requestId()));
        }
    }

    /** Tries every waiting timesheet request of holders with a standing approval. */
    public int payWaiting() {
        int tried = 0;
        for (long requestId : inbox.waitingForStandingApproval(100)) {
            payIfApproved(requestId);
            tried++;
        }
        return tried;
    }

    private void payIfApproved(long requestId) {
        try {
            inbox.payByStandingApproval(requestId);
        } catch (RuntimeException e) {
            // The next sweep tries again; one request's failure must not stop the others.
            LOG.log(Level.WARNING, "Payment request " + requestId + " could not be paid automatically", e);
        }
    }
}
