package care.circles.pa.control;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import care.circles.indexer.IndexDefinition;
import care.circles.indexer.IndexedDocument;
import care.circles.indexer.SearchIndexes;
import care.circles.pa.entity.PaProfile;
import care.circles.place.control.Gazetteer;
import care.circles.search.control.SearchConnection;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The PA index as a whole. On start-up, if Elasticsearch has no PA index yet (a new cluster,
 * or after {@code ./circles reset}), it is built from the database in the background.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class PaSearchIndex {

    private static final Logger LOG = Logger.getLogger(PaSearchIndex.class.getName());
    public static final IndexDefinition DEFINITION = IndexDefinition.fromResource(PaListing.INDEX, "/search/pas.json");

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchConnection connection;

    @Inject
    Gazetteer gazetteer;

    @Inject
    java.time.Clock clock;

    private static final long RETRY_SECONDS = 10;

    @Resource
    ManagedScheduledExecutorService executor;

    private volatile boolean ready;

    @PostConstruct
    void buildWhenMissing() {
        executor.execute(this::ensureIndex);
    }

    /** Tries until Elasticsearch answers: it may still be starting when the application is. */
    private void ensureIndex() {
        try {
            SearchIndexes indexes = new SearchIndexes(connection.cluster(), clock);
            if (!indexes.exists(DEFINITION)) {
                rebuildNow();
            }
            ready = true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not build the PA search index; trying again in " + RETRY_SECONDS + " s", e);
            executor.schedule(this::ensureIndex, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** True once the index exists; readiness reports DOWN until then. */
    public boolean isReady() {
        return ready;
    }

    /**
     * Rebuilds the PA index from the database while searches go on answering from the old one.
     *
     * @return how many published profiles were indexed
     */
    public long rebuildNow() throws IOException {
        long started = System.nanoTime();
        Number newest = (Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_outbox").getSingleResult();
        long version = newest.longValue();
        try (Stream<PaProfile> published = em.createNamedQuery(PaProfile.PUBLISHED, PaProfile.class).getResultStream()) {
            Iterator<IndexedDocument> documents = published
                    .map(p -> new IndexedDocument(String.valueOf(p.id()),
                            PaListing.of(p, gazetteer.byId(p.placeId()).orElseThrow()).toJson(), version))
                    .iterator();
            long indexed = new SearchIndexes(connection.cluster(), clock).rebuild(DEFINITION, documents);
            LOG.info(() -> "PA search index rebuilt: " + indexed + " profiles in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            return indexed;
        }
    }
}
