package care.circles.messaging.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A private conversation. Who may read it is its {@link Participant}s, nobody else. */
@Entity
@Table(name = "conversation")
@NamedQuery(name = Conversation.DIRECT, query = "SELECT c FROM Conversation c WHERE c.directKey = :key")
@NamedQuery(name = Conversation.OF_ACCOUNT, query = "SELECT c FROM Conversation c, Participant p"
        + " WHERE p.conversationId = c.id AND p.accountId = :accountId ORDER BY c.lastMessageAt DESC, c.id DESC")
@NamedQuery(name = Conversation.COUNT_OF_ACCOUNT, query = "SELECT COUNT(p) FROM Participant p WHERE p.accountId = :accountId")
public class Conversation {

    public static final String DIRECT = "Conversation.direct";
    public static final String OF_ACCOUNT = "Conversation.ofAccount";
    public static final String COUNT_OF_ACCOUNT = "Conversation.countOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direct_key", updatable = false)
    private String directKey;

    @Column(name = "started_by", nullable = false, updatable = false)
    private long startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_message_id")
    private Long lastMessageId;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @Version
    private long version;

    protected Conversation() {
    }

    private Conversation(String directKey, long startedBy, Instant now) {
        this.directKey = directKey;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.lastMessageAt = now;
    }

    /** A conversation between exactly two accounts; there is only ever one for the same two. */
    public static Conversation between(long startedBy, long other, Instant now) {
        return new Conversation(directKey(startedBy, other), startedBy, now);
    }

    /** The same key whichever of the two starts it. */
    public static String directKey(long oneAccount, long otherAccount) {
        if (oneAccount == otherAccount) {
            throw new IllegalArgumentException("A conversation needs two different people");
        }
        return Math.min(oneAccount, otherAccount) + ":" + Math.max(oneAccount, otherAccount);
    }

    public void received(Message message) {
        lastMessageId = message.id();
        lastMessageAt = message.sentAt();
    }

    public Long id() {
        return id;
    }

    public long startedBy() {
        return startedBy;
    }

    public Long lastMessageId() {
        return lastMessageId;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
