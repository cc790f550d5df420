package care.circles.market.control;

import java.time.Clock;
import java.time.LocalDate;

import care.circles.platform.Platform;
import care.circles.search.entity.NothingFoundNearby;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * One counter per place, kind of search and month, raised by a single upsert in its own short
 * transaction: a fruitless search costs one small write and leaves no trace of who searched,
 * what for, or when in the month.
 */
@ApplicationScoped
public class SearchMissCounter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(NothingFoundNearby miss) {
        em.createNativeQuery("INSERT INTO market_search_miss (month_start, place_id, search_kind, searches)"
                        + " VALUES (?1, ?2, ?3, 1) ON DUPLICATE KEY UPDATE searches = searches + 1")
                .setParameter(1, LocalDate.now(clock.withZone(Platform.UK)).withDayOfMonth(1))
                .setParameter(2, miss.placeId())
                .setParameter(3, miss.kind().name())
                .executeUpdate();
    }
}
