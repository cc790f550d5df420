package care.circles.safeguarding.control;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.entity.EmailAddress;
import care.circles.platform.Council;
import care.circles.platform.OutgoingMail;
import care.circles.platform.SpokenDate;
import care.circles.safeguarding.entity.SafeguardingConcern;
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
 * Tells the council's safeguarding mailbox ({@code SAFEGUARDING_EMAIL}) about each new concern
 * as soon as it is stored, and every minute about any not yet told (mail server down, another
 * server's report). The email carries only the reference and a link: the details stay behind
 * sign-in.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SafeguardingMailbox {

    private static final Logger LOG = Logger.getLogger(SafeguardingMailbox.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Safeguarding safeguarding;

    @Inject
    OutgoingMail mail;

    @Inject
    Council council;

    @Inject
    @ConfigProperty(name = "safeguarding.email")
    Optional<String> mailbox;

    @Inject
    @ConfigProperty(name = "site.url")
    Optional<String> siteUrl;

    @Inject
    @ConfigProperty(name = "PORT", defaultValue = "8080")
    int port;

    private ScheduledFuture<?> sweeping;

    @PostConstruct
    void start() {
        if (mailbox.isEmpty()) {
            LOG.warning("SAFEGUARDING_EMAIL is not set: new safeguarding concerns reach the council queue only,"
                    + " with no email to the safeguarding team");
        }
        sweeping = executor.scheduleWithFixedDelay(this::tellAll, 10, 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        sweeping.cancel(false);
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConcernReceived concern) {
        executor.execute(this::tellAll);
    }

    private synchronized void tellAll() {
        if (mailbox.isEmpty()) {
            return;
        }
        try {
            while (safeguarding.tellNextUntold(this::send)) {
                // one concern per transaction, until every one is told
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not email the safeguarding team about a new concern; trying again in a minute", e);
        }
    }

    private void send(SafeguardingConcern concern) throws MessagingException {
        String link = siteUrl.orElse("http://localhost:" + port) + "/council/safeguarding/concern.xhtml?id=" + concern.id();
        String subject = (concern.inDangerNow() ? "URGENT: " : "") + "Safeguarding concern " + concern.reference();
        String text = "A safeguarding concern has been reported on Circles for " + council.getName() + ".\n\n"
                + "Reference: " + concern.reference() + "\n"
                + "Someone in danger now: " + (concern.inDangerNow() ? "yes" : "no") + "\n"
                + "Received: " + SpokenDate.withTime(concern.receivedAt()) + "\n\n"
                + "Sign in to read it and record what you do:\n" + link + "\n\n"
                + "The details are not in this email, to keep them safe.\n";
        mail.send(EmailAddress.of(mailbox.get()), subject, text);
    }
}
