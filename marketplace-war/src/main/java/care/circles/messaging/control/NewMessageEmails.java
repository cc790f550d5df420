package care.circles.messaging.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.messaging.entity.NewMessageEmail;
import care.circles.messaging.entity.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The queue of "you have a new message" emails in the database: written with the message, taken
 * by {@link NewMessageEmailDelivery} after commit. Each step is its own short transaction, so no
 * row is locked while a slow mail server is being talked to.
 */
@ApplicationScoped
public class NewMessageEmails {

    /** An email taken for sending: to whom, about which conversation (or with which words and link). */
    public record Claimed(long id, Long conversationId, EmailAddress to, String subject, String body, String link) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<NewMessageEmailQueued> queued;

    @Inject
    @ConfigProperty(name = "mail.retry.first-delay-seconds", defaultValue = "30")
    long firstRetryDelaySeconds;

    /** Queues an email to this participant unless they were emailed about the conversation recently. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellIfDue(Participant recipient) {
        Instant now = clock.instant();
        if (recipient.emailDue(now)) {
            em.persist(new NewMessageEmail(recipient.conversationId(), recipient.accountId(), now));
            queued.fire(new NewMessageEmailQueued());
        }
    }

    /** Queues a short notice by email, with the change it tells of: words and a link within the site. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(long recipientAccountId, String subject, String body, String link) {
        em.persist(new NewMessageEmail(recipientAccountId, subject, body, link, clock.instant()));
        queued.fire(new NewMessageEmailQueued());
    }

    /**
     * Takes up to max emails that are due. SKIP LOCKED lets several servers take different rows at
     * the same moment; the claim's lease keeps the rows from everyone else while they are sent.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(int max) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM new_message_email"
                        + " WHERE status = 'PENDING' AND next_attempt_at <= ?"
                        + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, max)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Number id : ids) {
            NewMessageEmail email = em.find(NewMessageEmail.class, id.longValue());
            email.claim(now);
            Account recipient = em.find(Account.class, email.recipientAccountId());
            claimed.add(new Claimed(email.id(), email.conversationId(), recipient.email(), email.subject(), email.body(),
                    email.link()));
        }
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id) {
        em.find(NewMessageEmail.class, id).sent(clock.instant());
    }

    /** @return when to try again, or empty when it has been tried often enough */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> failed(long id, String error) {
        return Optional.ofNullable(em.find(NewMessageEmail.class, id)
                .failed(clock.instant(), error, Duration.ofSeconds(firstRetryDelaySeconds)));
    }
}
