package care.circles.messaging.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An email to send: "you have a new message in this conversation". Written with the message,
 * sent after it commits, retried with a growing wait when the mail server fails, given up after
 * {@value #MAX_ATTEMPTS} attempts. It holds no message text, only whom to tell about which
 * conversation. The same queue carries other short notices (a session cancelled, a place
 * offered), which have their own subject, words and link within the site instead.
 */
@Entity
@Table(name = "new_message_email")
public class NewMessageEmail {

    public static final int MAX_ATTEMPTS = 5;
    /** While one server is sending it, no other server picks it up (they wait this long). */
    public static final Duration SENDING_LEASE = Duration.ofMinutes(2);

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", updatable = false)
    private Long conversationId;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String body;

    @Column(updatable = false)
    private String link;

    @Column(name = "recipient_account_id", nullable = false, updatable = false)
    private long recipientAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected NewMessageEmail() {
    }

    public NewMessageEmail(long conversationId, long recipientAccountId, Instant now) {
        this.conversationId = conversationId;
        this.recipientAccountId = recipientAccountId;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A notice that is not about a conversation: its own subject and words, and a path within the site. */
    public NewMessageEmail(long recipientAccountId, String subject, String body, String link, Instant now) {
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("An email links within the site only: " + link);
        }
        this.recipientAccountId = recipientAccountId;
        this.subject = subject;
        this.body = body.length() <= 2000 ? body : body.substring(0, 1999) + "\u2026";
        this.link = link;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Taken by a sender: counts the attempt and keeps others off it for the lease. */
    public void claim(Instant now) {
        attempts++;
        nextAttemptAt = now.plus(SENDING_LEASE);
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * The attempt failed: try again after firstDelay, then 4 times as long each time
     * (with 30 s: 30 s, 2 min, 8 min, 32 min), and give up after the last attempt.
     *
     * @return when the next attempt is due, or null when there will be none
     */
    public Instant failed(Instant now, String error, Duration firstDelay) {
        lastError = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return null;
        }
        nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << (2 * (attempts - 1))));
        return nextAttemptAt;
    }

    public Long id() {
        return id;
    }

    /** The conversation the email is about, or null for another notice. */
    public Long conversationId() {
        return conversationId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String link() {
        return link;
    }

    public long recipientAccountId() {
        return recipientAccountId;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }
}
