package care.circles.market.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import care.circles.search.entity.NothingFoundNearby;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hears of searches that found nothing near a place and has them counted, anonymously (see
 * {@link SearchMissCounter}). Counting never fails a search: a lost count is only logged.
 */
@ApplicationScoped
public class SearchMisses {

    private static final Logger LOG = Logger.getLogger(SearchMisses.class.getName());

    @Inject
    SearchMissCounter counter;

    void heard(@Observes NothingFoundNearby miss) {
        try {
            counter.count(miss);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count a search that found nothing nearby", e);
        }
    }
}
