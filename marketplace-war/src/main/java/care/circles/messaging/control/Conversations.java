package care.circles.messaging.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.messaging.entity.Conversation;
import care.circles.messaging.entity.ConversationContents;
import care.circles.messaging.entity.ConversationSummary;
import care.circles.messaging.entity.InboxPage;
import care.circles.messaging.entity.Message;
import care.circles.messaging.entity.MessageText;
import care.circles.messaging.entity.Participant;
import care.circles.messaging.entity.ShownMessage;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Private conversations: starting one with a PA, replying, reading, and each person's list.
 * Every method checks that the person is in the conversation; for anyone else it does not exist.
 */
@ApplicationScoped
public class Conversations {

    public static final int PAGE_SIZE = 20;
    static final int PREVIEW_LENGTH = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PaProfiles profiles;

    @Inject
    ParticipantNames names;

    @Inject
    NewMessageEmails emails;

    /** Whether this person has messages at all. Council staff and brokers are never in private conversations. */
    public boolean usesMessages(Account person) {
        return person.role() == Role.DP_HOLDER || person.role() == Role.PA || person.role() == Role.PROVIDER;
    }

    /** Whether this person may start conversations with PAs: people with a direct payment (and their carers). */
    public boolean mayStartWithPa(Account person) {
        return person.role() == Role.DP_HOLDER;
    }

    /** The conversation this person already has with the PA of this published profile, if any. */
    public Optional<Long> existingWithPa(Account person, long paProfileId) {
        return profiles.published(paProfileId)
                .filter(pa -> pa.accountId() != person.id())
                .flatMap(pa -> direct(person.id(), pa.accountId(), LockModeType.NONE))
                .map(Conversation::id);
    }

    /**
     * Sends a first message to a PA. If the two already have a conversation the message goes
     * there, so the same two people always talk in one place.
     *
     * @return the conversation's id
     * @throws SecurityException when the person may not start conversations with PAs
     * @throws ConversationNotFoundException when the profile is not (or no longer) published
     */
    @Transactional
    public long startWithPa(Account person, long paProfileId, MessageText text) {
        if (!mayStartWithPa(person)) {
            throw new SecurityException("Only people with a direct payment can start a conversation with a personal assistant");
        }
        PaProfile pa = profiles.published(paProfileId)
                .filter(p -> p.accountId() != person.id())
                .orElseThrow(() -> new ConversationNotFoundException("No published PA profile " + paProfileId));
        Conversation conversation = direct(person.id(), pa.accountId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (conversation == null) {
            Instant now = clock.instant();
            conversation = Conversation.between(person.id(), pa.accountId(), now);
            em.persist(conversation);
            em.flush();
            em.persist(new Participant(conversation.id(), person.id(), now));
            em.persist(new Participant(conversation.id(), pa.accountId(), now));
            em.flush();
        }
        post(conversation, person.id(), text);
        return conversation.id();
    }

    /** Adds a message from someone in the conversation; for anyone else it is not found. */
    @Transactional
    public void reply(Account sender, long conversationId, MessageText text) {
        participant(conversationId, sender.id())
                .orElseThrow(() -> notFound(conversationId));
        // One message at a time per conversation, so "last message" and the email quiet time stay right.
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        post(conversation, sender.id(), text);
    }

    /** The conversation as its reader sees it, oldest message first; marks it read up to the newest. */
    @Transactional
    public ConversationContents open(Account reader, long conversationId) {
        Participant me = participant(conversationId, reader.id()).orElseThrow(() -> notFound(conversationId));
        List<Participant> everyone = em.createNamedQuery(Participant.OF_CONVERSATION, Participant.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
        Map<Long, String> named = names.of(everyone.stream().map(Participant::accountId).toList());
        List<ShownMessage> shown = new ArrayList<>();
        for (Message message : em.createNamedQuery(Message.IN_CONVERSATION, Message.class)
                .setParameter("conversationId", conversationId)
                .getResultList()) {
            boolean mine = message.senderAccountId() == reader.id();
            shown.add(new ShownMessage(message.id(), mine ? "You" : named.get(message.senderAccountId()), mine,
                    message.text().value(), message.sentAt(), !mine && message.id() > me.lastReadMessageId()));
        }
        if (!shown.isEmpty()) {
            markRead(conversationId, reader.id(), shown.get(shown.size() - 1).id());
        }
        long readerId = reader.id();
        List<Long> others = everyone.stream().map(Participant::accountId).filter(id -> id != readerId).toList();
        Long paProfileId = others.size() == 1 ? names.publishedProfileOf(others.get(0)).orElse(null) : null;
        return new ConversationContents(conversationId, joinedNames(others, named), paProfileId, shown);
    }

    /** One page of the person's conversations, the most recent message first. */
    public InboxPage inbox(Account reader, int page) {
        long total = em.createNamedQuery(Conversation.COUNT_OF_ACCOUNT, Long.class)
                .setParameter("accountId", reader.id())
                .getSingleResult();
        InboxPage empty = new InboxPage(total, page, PAGE_SIZE, List.of());
        int shownPage = Math.max(1, Math.min(page, empty.lastPage()));
        List<Conversation> conversations = em.createNamedQuery(Conversation.OF_ACCOUNT, Conversation.class)
                .setParameter("accountId", reader.id())
                .setFirstResult((shownPage - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        if (conversations.isEmpty()) {
            return new InboxPage(total, shownPage, PAGE_SIZE, List.of());
        }
        List<Long> ids = conversations.stream().map(Conversation::id).toList();
        Map<Long, Message> lastMessages = em.createNamedQuery(Message.BY_IDS, Message.class)
                .setParameter("ids", conversations.stream().map(Conversation::lastMessageId).filter(id -> id != null).toList())
                .getResultStream()
                .collect(Collectors.toMap(Message::conversationId, Function.identity()));
        Map<Long, Long> unread = new HashMap<>();
        em.createNamedQuery(Message.UNREAD_BY_CONVERSATION, Object[].class)
                .setParameter("accountId", reader.id())
                .setParameter("conversationIds", ids)
                .getResultList()
                .forEach(row -> unread.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        List<Participant> others = em.createNamedQuery(Participant.OTHERS_IN, Participant.class)
                .setParameter("conversationIds", ids)
                .setParameter("accountId", reader.id())
                .getResultList();
        Map<Long, String> named = names.of(others.stream().map(Participant::accountId).distinct().toList());
        List<ConversationSummary> items = new ArrayList<>();
        for (Conversation conversation : conversations) {
            Message last = lastMessages.get(conversation.id());
            List<Long> with = others.stream().filter(p -> p.conversationId() == conversation.id())
                    .map(Participant::accountId).toList();
            items.add(new ConversationSummary(conversation.id(), joinedNames(with, named),
                    last == null ? "" : last.text().preview(PREVIEW_LENGTH),
                    last != null && last.senderAccountId() == reader.id(),
                    conversation.lastMessageAt(), unread.getOrDefault(conversation.id(), 0L)));
        }
        return new InboxPage(total, shownPage, PAGE_SIZE, items);
    }

    /** Messages from others the person has not opened yet, across all their conversations. */
    public long unreadTotal(Account reader) {
        return em.createNamedQuery(Message.UNREAD_TOTAL, Long.class)
                .setParameter("accountId", reader.id())
                .getSingleResult();
    }

    private void post(Conversation conversation, long senderId, MessageText text) {
        Message message = new Message(conversation.id(), senderId, text, clock.instant());
        em.persist(message);
        em.flush();
        conversation.received(message);
        for (Participant participant : em.createNamedQuery(Participant.OF_CONVERSATION, Participant.class)
                .setParameter("conversationId", conversation.id())
                .getResultList()) {
            if (participant.accountId() != senderId) {
                emails.tellIfDue(participant);
            }
        }
        markRead(conversation.id(), senderId, message.id());
    }

    private void markRead(long conversationId, long accountId, long messageId) {
        em.createNamedQuery(Participant.READ_UP_TO)
                .setParameter("conversationId", conversationId)
                .setParameter("accountId", accountId)
                .setParameter("messageId", messageId)
                .executeUpdate();
    }

    private Optional<Conversation> direct(long oneAccount, long otherAccount, LockModeType lock) {
        return em.createNamedQuery(Conversation.DIRECT, Conversation.class)
                .setParameter("key", Conversation.directKey(oneAccount, otherAccount))
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    private Optional<Participant> participant(long conversationId, long accountId) {
        return em.createNamedQuery(Participant.ONE, Participant.class)
                .setParameter("conversationId", conversationId)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst();
    }

    private static String joinedNames(List<Long> accountIds, Map<Long, String> named) {
        return accountIds.stream().map(named::get).collect(Collectors.joining(", "));
    }

    private static ConversationNotFoundException notFound(long conversationId) {
        return new ConversationNotFoundException("No conversation " + conversationId + " for this person");
    }
}
