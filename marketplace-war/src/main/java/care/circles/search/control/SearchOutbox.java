package care.circles.search.control;

import java.time.Clock;

import care.circles.search.entity.SearchOutboxEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Records that a searchable thing changed, inside the transaction that changed it: the
 * change and its way to the index commit together or not at all.
 */
@ApplicationScoped
public class SearchOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SearchOutboxWritten> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public void index(String alias, String documentId, String json) {
        em.persist(SearchOutboxEntry.index(alias, documentId, json, clock.instant()));
        written.fire(new SearchOutboxWritten());
    }

    /**
     * Sends again every change to the alias newer than the given outbox row. A rebuild filled its
     * new index from a snapshot; changes made while it ran went to the old index and must reach
     * the new one too. Versions make sending them twice harmless.
     */
    @Transactional
    public int redeliverNewerThan(String alias, long outboxId) {
        int again = em.createNativeQuery("UPDATE search_outbox SET delivered_at = NULL, next_attempt_at = ?"
                        + " WHERE index_name = ? AND id > ?")
                .setParameter(1, java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC))
                .setParameter(2, alias)
                .setParameter(3, outboxId)
                .executeUpdate();
        if (again > 0) {
            written.fire(new SearchOutboxWritten());
        }
        return again;
    }

    /** The newest outbox row id: a rebuild's documents carry it as their version. */
    public long newestId() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_outbox").getSingleResult())
                .longValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String alias, String documentId) {
        em.persist(SearchOutboxEntry.delete(alias, documentId, clock.instant()));
        written.fire(new SearchOutboxWritten());
    }
}
