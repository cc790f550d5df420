package care.circles.engagement.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.entity.Account;
import care.circles.engagement.entity.ChangeEmail;
import care.circles.platform.Council;
import care.circles.platform.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The queue of change emails: written in the change's transaction, sent by {@link #sendDue()}
 * (the timer in {@code ChangeEmailTimer}) in short transactions of their own, so nobody waits
 * for the mail server and nothing is lost when it is down.
 */
@ApplicationScoped
public class ChangeEmails {

    private static final Logger LOG = Logger.getLogger(ChangeEmails.class.getName());
    private static final int BATCH = 20;

    /** An email taken for sending. */
    public record Claimed(long id, Account to, String link) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    OutgoingMail mail;

    @Inject
    Council council;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "site.url")
    Optional<String> siteUrl;

    @Inject
    @ConfigProperty(name = "PORT", defaultValue = "8080")
    int port;

    @Inject
    @ConfigProperty(name = "mail.retry.first-delay-seconds", defaultValue = "30")
    long firstRetrySeconds;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(long accountId, String link) {
        em.persist(new ChangeEmail(accountId, link, clock.instant()));
    }

    /** Sends what is due, a batch at a time; @return how many were sent. */
    public int sendDue() {
        int sent = 0;
        List<Claimed> batch;
        do {
            batch = claimDue();
            for (Claimed email : batch) {
                try {
                    mail.send(email.to().email(), "News about your care arrangements on Circles", text(email.link()));
                    finish(email.id(), null);
                    sent++;
                } catch (MessagingException | RuntimeException e) {
                    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    LOG.warning(() -> "Change email " + email.id() + " not sent (" + error + "); it will be tried again");
                    finish(email.id(), error);
                }
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    String text(String link) {
        return "Hello,\n\nSomething has changed in your care arrangements on Circles, run for " + council.getName()
                + ". Sign in to see what:\n\n" + siteUrl.orElse("http://localhost:" + port) + link
                + "\n\nTo keep your details private, this email does not say more.\n";
    }

    /** SKIP LOCKED lets every server take a different batch at the same moment. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM change_email WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, BATCH)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Number id : ids) {
            ChangeEmail email = em.find(ChangeEmail.class, id.longValue());
            email.claim(clock.instant());
            claimed.add(new Claimed(email.id(), em.find(Account.class, email.accountId()), email.link()));
        }
        return claimed;
    }

    /** @param error null when it was sent */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, String error) {
        ChangeEmail email = em.find(ChangeEmail.class, id);
        if (error == null) {
            email.sent(clock.instant());
        } else {
            email.failed(error, clock.instant(), Duration.ofSeconds(firstRetrySeconds));
        }
    }
}
