package care.circles.search.control;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import care.circles.indexer.OutboxRelay;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Runs the outbox relay: straight after a change commits, and every tenth of a second to pick up
 * retries and changes written by other servers in the cluster.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexDelivery {

    private static final Logger LOG = Logger.getLogger(IndexDelivery.class.getName());
    private static final int BATCH = 1_000;
    /**
     * Changes written by another server (or retried) wait for this poll; 100 ms keeps commit → searchable
     * under a second (bench/RESULTS.md) for one indexed query of the outbox ten times a second.
     */
    private static final long POLL_MILLIS = 100;
    private static final Duration KEEP_DELIVERED = Duration.ofDays(7);

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    @Inject
    SearchConnection connection;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private OutboxRelay relay;
    private ScheduledFuture<?> polling;
    private ScheduledFuture<?> tidying;

    @PostConstruct
    void start() {
        relay = new OutboxRelay(dataSource, connection.cluster(), clock);
        polling = executor.scheduleWithFixedDelay(this::deliverAll, 1_000, POLL_MILLIS, TimeUnit.MILLISECONDS);
        tidying = executor.scheduleWithFixedDelay(this::forgetOldDeliveries, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        polling.cancel(false);
        tidying.cancel(false);
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutboxWritten written) {
        executor.execute(this::deliverAll);
    }

    /** How many changes are waiting to reach the index. */
    public long backlog() throws SQLException {
        return relay.backlog();
    }

    private void deliverAll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            OutboxRelay.Delivery delivery;
            do {
                delivery = relay.deliverDue(BATCH);
                int failed = delivery.failed();
                if (failed > 0) {
                    LOG.warning(() -> "Search index: " + failed + " changes failed; they will be retried");
                }
            } while (delivery.delivered() + delivery.failed() == BATCH);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index delivery could not read the outbox", e);
        } finally {
            running.set(false);
        }
    }

    private void forgetOldDeliveries() {
        try {
            relay.forgetDeliveredBefore(clock.instant().minus(KEEP_DELIVERED));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not tidy delivered search changes", e);
        }
    }
}
