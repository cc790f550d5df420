package care.circles.platform;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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

/**
 * Runs work on a container thread soon after a transaction commits, without the web request
 * waiting for it (paying by a standing approval, sending a transfer to Stripe).
 *
 * <p>Why not hand the work to the executor straight from the request: Payara gives a task a
 * clone of the submitting request's component invocation, and the clone shares the request's
 * registry of non-transactional entity managers. When the task ends the container closes them,
 * and the request's next read outside a transaction fails with "Attempting to execute an
 * operation on a closed EntityManager". So requests only queue the work here; a task started
 * with the application (whose invocation no request shares) hands it to the executor within a
 * tenth of a second. Work lost with a stopped server is picked up by its owner's periodic sweep.
 */
@ApplicationScoped
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    private static final long POLL_MILLIS = 100;

    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> polling;

    void begin(@Observes @Initialized(ApplicationScoped.class) Object started) {
        polling = executor.scheduleWithFixedDelay(this::handOver, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Queues the work; it runs on another thread, so it must catch and log its own failures. */
    public void soon(Runnable work) {
        waiting.add(work);
    }

    private void handOver() {
        for (Runnable work = waiting.poll(); work != null; work = waiting.poll()) {
            Runnable next = work;
            executor.execute(() -> {
                try {
                    next.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Background work failed", e);
                }
            });
        }
    }
}
