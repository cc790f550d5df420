package care.circles.notification.control;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.notification.entity.Notification;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Telling people things in the site: sending notifications, counting the unread, opening them. */
@ApplicationScoped
public class Notifications {

    /** Rows written between flushes when many people are told the same thing. */
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Joins the caller's transaction, so the notice and the change it tells of commit together. */
    @Transactional
    public void send(long accountId, String message, String link) {
        em.persist(new Notification(accountId, message, link, clock.instant()));
    }

    /**
     * Tells many people the same thing in a transaction of its own (it clears the persistence
     * context between batches, which must not touch a caller's entities).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sendToEach(Collection<Long> accountIds, String message, String link) {
        int written = 0;
        for (long accountId : accountIds) {
            em.persist(new Notification(accountId, message, link, clock.instant()));
            if (++written % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        return written;
    }

    public long unreadCount(Account account) {
        return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("account", account.id())
                .getSingleResult();
    }

    public ListPage<Notification> newestFirst(Account account, int page, int size) {
        long total = em.createNamedQuery(Notification.COUNT, Long.class)
                .setParameter("account", account.id())
                .getSingleResult();
        var items = em.createNamedQuery(Notification.NEWEST_FIRST, Notification.class)
                .setParameter("account", account.id())
                .setFirstResult(ListPage.offset(page, size))
                .setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, total, page, size);
    }

    /**
     * Marks one of the account's own notifications read.
     *
     * @return where it links to; empty when there is no such notification for this account
     */
    @Transactional
    public Optional<Notification> open(Account account, long notificationId) {
        Notification notification = em.find(Notification.class, notificationId);
        if (notification == null || notification.accountId() != account.id()) {
            return Optional.empty();
        }
        notification.markRead(clock.instant());
        return Optional.of(notification);
    }

    @Transactional
    public int markAllRead(Account account) {
        return em.createNativeQuery("UPDATE notification SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(2, account.id())
                .executeUpdate();
    }
}
