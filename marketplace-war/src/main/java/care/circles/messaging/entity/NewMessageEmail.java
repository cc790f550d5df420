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
 * conversation.
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

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

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

    public long conversationId() {
        return conversationId;
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
