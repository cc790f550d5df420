package care.circles.messaging.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.messaging.entity.NewMessageEmail;
import care.circles.messaging.entity.NewMessageNotice;
import care.circles.platform.Council;
import care.circles.platform.OutgoingMail;
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
import jakarta.mail.MessagingException;

/**
 * Sends the queued "new message" emails on a background thread: straight after the message
 * commits, again when a retry falls due, and every half minute for anything left over (after a
 * restart, or queued by another server). Posting a message never waits for the mail server.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NewMessageEmailDelivery {

    private static final Logger LOG = Logger.getLogger(NewMessageEmailDelivery.class.getName());
    private static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    NewMessageEmails emails;

    @Inject
    OutgoingMail mail;

    @Inject
    Council council;

    @Inject
    Clock clock;

    /** The address people use to reach Circles, for the link in the email. */
    @Inject
    @ConfigProperty(name = "site.url")
    Optional<String> siteUrl;

    @Inject
    @ConfigProperty(name = "PORT", defaultValue = "8080")
    int port;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean asked = new AtomicBoolean();
    private ScheduledFuture<?> sweeping;

    @PostConstruct
    void start() {
        sweeping = executor.scheduleWithFixedDelay(this::sendDue, 5, 30, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        sweeping.cancel(false);
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NewMessageEmailQueued queued) {
        executor.execute(this::sendDue);
    }

    private void sendDue() {
        asked.set(true);
        if (!running.compareAndSet(false, true)) {
            return; // the run in progress sees `asked` and goes round again
        }
        try {
            while (asked.getAndSet(false)) {
                List<NewMessageEmails.Claimed> batch;
                do {
                    batch = emails.claimDue(BATCH);
                    batch.forEach(this::send);
                } while (batch.size() == BATCH);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the queue of new-message emails; trying again soon", e);
        } finally {
            running.set(false);
        }
        if (asked.get()) {
            executor.execute(this::sendDue); // asked between the last look and letting go
        }
    }

    private void send(NewMessageEmails.Claimed email) {
        String site = siteUrl.orElse("http://localhost:" + port);
        NewMessageNotice notice = email.conversationId() == null
                ? NewMessageNotice.other(site, email.subject(), email.body(), email.link(), council.getName())
                : NewMessageNotice.forConversation(site, email.conversationId(), council.getName());
        try {
            mail.send(email.to(), notice.subject(), notice.text());
            emails.sent(email.id());
        } catch (MessagingException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            Optional<Instant> retry = emails.failed(email.id(), error);
            if (retry.isPresent()) {
                Duration wait = Duration.between(clock.instant(), retry.get());
                LOG.warning(() -> "New-message email " + email.id() + " not sent (" + error + "); trying again in "
                        + Math.max(1, (wait.toMillis() + 999) / 1000) + " s");
                executor.schedule(this::sendDue, Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
            } else {
                LOG.severe(() -> "New-message email " + email.id() + " not sent after " + NewMessageEmail.MAX_ATTEMPTS
                        + " attempts, giving up (" + error + ")");
            }
        }
    }
}
