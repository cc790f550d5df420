package care.circles.notification.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Something a person should know about, shown in the site until they open it. The link is a
 * path within this site, never another site, so opening a notification cannot send anyone away.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.NEWEST_FIRST, query = "SELECT n FROM Notification n WHERE n.accountId = :account ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT, query = "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account")
@NamedQuery(name = Notification.COUNT_UNREAD, query = "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account AND n.readAt IS NULL")
public class Notification {

    public static final String NEWEST_FIRST = "Notification.newestFirst";
    public static final String COUNT = "Notification.count";
    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final int MAX_MESSAGE = 300;
    public static final int MAX_LINK = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String message;

    @Column(updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /**
     * @param message cut to {@value #MAX_MESSAGE} characters, with an ellipsis, if longer
     * @param link    a path within the site such as {@code /adverts/advert.xhtml?id=7}, or null
     * @throws IllegalArgumentException for a link to anywhere else
     */
    public Notification(long accountId, String message, String link, Instant now) {
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")
                || link.length() > MAX_LINK)) {
            throw new IllegalArgumentException("A notification links within the site only: " + link);
        }
        this.accountId = accountId;
        this.message = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "\u2026";
        this.link = link;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String message() {
        return message;
    }

    public String link() {
        return link;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
