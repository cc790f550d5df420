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

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String alias, String documentId) {
        em.persist(SearchOutboxEntry.delete(alias, documentId, clock.instant()));
        written.fire(new SearchOutboxWritten());
    }
}
