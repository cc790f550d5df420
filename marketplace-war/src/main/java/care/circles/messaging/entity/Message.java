package care.circles.messaging.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One message in a conversation, as its sender wrote it. Never changed once sent. */
@Entity
@Table(name = "conversation_message")
@NamedQuery(name = Message.IN_CONVERSATION,
        query = "SELECT m FROM Message m WHERE m.conversationId = :conversationId ORDER BY m.id")
@NamedQuery(name = Message.BY_IDS, query = "SELECT m FROM Message m WHERE m.id IN :ids")
@NamedQuery(name = Message.UNREAD_TOTAL, query = "SELECT COUNT(m) FROM Message m, Participant p"
        + " WHERE p.accountId = :accountId AND m.conversationId = p.conversationId"
        + " AND m.id > p.lastReadMessageId AND m.senderAccountId <> :accountId")
@NamedQuery(name = Message.UNREAD_BY_CONVERSATION, query = "SELECT m.conversationId, COUNT(m) FROM Message m, Participant p"
        + " WHERE p.accountId = :accountId AND m.conversationId = p.conversationId AND p.conversationId IN :conversationIds"
        + " AND m.id > p.lastReadMessageId AND m.senderAccountId <> :accountId GROUP BY m.conversationId")
public class Message {

    public static final String IN_CONVERSATION = "Message.inConversation";
    public static final String BY_IDS = "Message.byIds";
    public static final String UNREAD_TOTAL = "Message.unreadTotal";
    public static final String UNREAD_BY_CONVERSATION = "Message.unreadByConversation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(name = "sender_account_id", nullable = false, updatable = false)
    private long senderAccountId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected Message() {
    }

    public Message(long conversationId, long senderAccountId, MessageText text, Instant now) {
        this.conversationId = conversationId;
        this.senderAccountId = senderAccountId;
        this.body = text.value();
        this.sentAt = now;
    }

    public Long id() {
        return id;
    }

    public long conversationId() {
        return conversationId;
    }

    public long senderAccountId() {
        return senderAccountId;
    }

    public MessageText text() {
        return new MessageText(body);
    }

    public Instant sentAt() {
        return sentAt;
    }
}
