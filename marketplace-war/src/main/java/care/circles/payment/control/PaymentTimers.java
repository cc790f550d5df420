package care.circles.payment.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The clockwork of payments. Daily, and once shortly after start-up (catching up whatever fell
 * due while the application was down): the scheduled loads of every account, each account in a
 * transaction of its own; the library posts a load once however often this runs, on however
 * many servers. Every minute: Stripe events that arrived early, transfers Stripe has not taken
 * yet, and timesheets waiting for a standing approval.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentTimers {

    private static final Logger LOG = Logger.getLogger(PaymentTimers.class.getName());

    @Inject
    DirectPaymentAccounts accounts;

    @Inject
    StripeWebhookReceiver webhooks;

    @Inject
    TransferSender transfers;

    @Inject
    StandingApprovals standingApprovals;

    @Inject
    PaymentSettings settings;

    @Resource
    TimerService timers;

    @PostConstruct
    void catchUpAfterStart() {
        timers.createSingleActionTimer(30_000, new TimerConfig("catch up scheduled loads", false));
    }

    @Timeout
    void afterStart() {
        postDueLoads();
    }

    @Schedule(hour = "2", minute = "10", timezone = "Europe/London", persistent = false)
    void daily() {
        postDueLoads();
    }

    /** Posts every account's due loads; returns how many were posted. */
    public int postDueLoads() {
        int posted = 0;
        for (long accountId : accounts.allIds()) {
            try {
                posted += accounts.postDueLoads(accountId);
            } catch (RuntimeException e) {
                // One account's failure must not stop the others' money; the next run retries it.
                LOG.log(Level.WARNING, "Scheduled loads of direct payment account " + accountId + " failed", e);
            }
        }
        int total = posted;
        LOG.info(() -> "Scheduled direct payment loads posted: " + total);
        return posted;
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        if (!settings.missing().isEmpty()) {
            return;
        }
        try {
            webhooks.retryDeferred();
            transfers.pending(50).forEach(transfers::submit);
            standingApprovals.payWaiting();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The payments' minute run failed; the next one tries again", e);
        }
    }
}
