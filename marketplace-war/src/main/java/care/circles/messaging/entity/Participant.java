package care.circles.messaging.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One person's place in a conversation: what they have read, and when they were last emailed about it. */
@Entity
@Table(name = "conversation_participant")
@NamedQuery(name = Participant.OF_CONVERSATION,
        query = "SELECT p FROM Participant p WHERE p.conversationId = :conversationId ORDER BY p.id")
@NamedQuery(name = Participant.ONE, query = "SELECT p FROM Participant p"
        + " WHERE p.conversationId = :conversationId AND p.accountId = :accountId")
@NamedQuery(name = Participant.READ_UP_TO, query = "UPDATE Participant p SET p.lastReadMessageId = :messageId"
        + " WHERE p.conversationId = :conversationId AND p.accountId = :accountId AND p.lastReadMessageId < :messageId")
@NamedQuery(name = Participant.OTHERS_IN,
        query = "SELECT p FROM Participant p WHERE p.conversationId IN :conversationIds AND p.accountId <> :accountId")
public class Participant {

    public static final String OF_CONVERSATION = "Participant.ofConversation";
    public static final String OTHERS_IN = "Participant.othersIn";
    public static final String ONE = "Participant.one";
    /** Reading never moves backwards, even when two tabs open the conversation at once. */
    public static final String READ_UP_TO = "Participant.readUpTo";

    /** However many messages arrive, a person gets at most one email per conversation in this time. */
    public static final Duration EMAIL_QUIET_TIME = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "last_read_message_id", nullable = false)
    private long lastReadMessageId;

    @Column(name = "last_emailed_at")
    private Instant lastEmailedAt;

    protected Participant() {
    }

    public Participant(long conversationId, long accountId, Instant now) {
        this.conversationId = conversationId;
        this.accountId = accountId;
        this.joinedAt = now;
    }

    /**
     * Whether to email this person about a new message now; if so, remembers that they were,
     * so the next messages in the quiet time send nothing.
     */
    public boolean emailDue(Instant now) {
        if (lastEmailedAt != null && now.isBefore(lastEmailedAt.plus(EMAIL_QUIET_TIME))) {
            return false;
        }
        lastEmailedAt = now;
        return true;
    }

    public long conversationId() {
        return conversationId;
    }

    public long accountId() {
        return accountId;
    }

    public long lastReadMessageId() {
        return lastReadMessageId;
    }
}
