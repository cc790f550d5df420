package care.circles.payment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The clockwork of payments, on the container's managed scheduler rather than EJB timers: each
 * piece of work is its own short transaction (an EJB timer method outside a transaction would
 * hand the library connections that are not enlisted in one).
 *
 * <ul>
 *   <li>Every hour, and half a minute after start-up: the scheduled loads of every account, each
 *       account in a transaction of its own. Loads fall due on a date, so the first run of a day
 *       posts that day's loads; a day the application was down is caught up; the library posts a
 *       load once however often this runs, on however many servers.</li>
 *   <li>Every minute: Stripe events that arrived before what they refer to, transfers Stripe has
 *       not taken yet, and timesheets waiting for a standing approval.</li>
 * </ul>
 */
@ApplicationScoped
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
    ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        scheduled.add(scheduler.scheduleWithFixedDelay(this::postDueLoadsLogged, 30, 3_600, TimeUnit.SECONDS));
        scheduled.add(scheduler.scheduleWithFixedDelay(this::everyMinute, 60, 60, TimeUnit.SECONDS));
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(task -> task.cancel(false));
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
        return posted;
    }

    private void postDueLoadsLogged() {
        try {
            int posted = postDueLoads();
            if (posted > 0) {
                LOG.info(() -> "Scheduled direct payment loads posted: " + posted);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduled loads could not be posted; the next run tries again", e);
        }
    }

    private void everyMinute() {
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
