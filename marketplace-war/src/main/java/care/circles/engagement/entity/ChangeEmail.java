package care.circles.engagement.entity;

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
 * "Something changed in your care arrangements": an email to send, with a link into the site
 * and no details. Tried up to {@value #MAX_ATTEMPTS} times, each wait four times the last.
 */
@Entity
@Table(name = "change_email")
public class ChangeEmail {

    public static final int MAX_ATTEMPTS = 5;
    /** Long enough to send one email; another server leaves a claimed email alone meanwhile. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    protected ChangeEmail() {
    }

    public ChangeEmail(long accountId, String link, Instant now) {
        this.accountId = accountId;
        this.link = link;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void claim(Instant now) {
        attempts++;
        nextAttemptAt = now.plus(LEASE);
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
    }

    /** Gives up after the last attempt; otherwise waits firstWait, then 4, 16 and 64 times as long. */
    public void failed(String error, Instant now, Duration firstWait) {
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(firstWait.multipliedBy((long) Math.pow(4, attempts - 1)));
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String link() {
        return link;
    }

    public Status status() {
        return status;
    }
}
