package care.circles.advert.control;

import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import care.circles.advert.entity.JobAdvert;
import care.circles.indexer.IndexDefinition;
import care.circles.indexer.IndexedDocument;
import care.circles.indexer.SearchIndexes;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.entity.SupportTypes;
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
 * The advert index as a whole. On start-up, if Elasticsearch has no advert index yet, it is
 * built from the open adverts in the database, in the background and retried until
 * Elasticsearch answers.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class AdvertSearchIndex {

    private static final Logger LOG = Logger.getLogger(AdvertSearchIndex.class.getName());
    public static final IndexDefinition DEFINITION = IndexDefinition.fromResource(AdvertListing.INDEX, "/search/adverts.json");
    private static final long RETRY_SECONDS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchConnection connection;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    @PostConstruct
    void buildWhenMissing() {
        executor.execute(this::ensureIndex);
    }

    private void ensureIndex() {
        try {
            if (!new SearchIndexes(connection.cluster(), clock).exists(DEFINITION)) {
                rebuildNow();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not build the advert search index; trying again in " + RETRY_SECONDS + " s", e);
            executor.schedule(this::ensureIndex, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Rebuilds the advert index from the database while searches go on answering from the old one.
     *
     * @return how many open adverts were indexed
     */
    public long rebuildNow() throws IOException {
        long version = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_outbox")
                .getSingleResult()).longValue();
        SupportTypes types = taxonomy.current();
        try (Stream<JobAdvert> open = em.createNamedQuery(JobAdvert.OPEN, JobAdvert.class)
                .setParameter("publishedAfter", clock.instant().minus(JobAdvert.OPEN_FOR))
                .getResultStream()) {
            Iterator<IndexedDocument> documents = open
                    .map(a -> new IndexedDocument(String.valueOf(a.id()),
                            AdvertListing.of(a, gazetteer.byId(a.placeId()).orElseThrow(), types).toJson(), version))
                    .iterator();
            long indexed = new SearchIndexes(connection.cluster(), clock).rebuild(DEFINITION, documents);
            LOG.info(() -> "Advert search index rebuilt: " + indexed + " open adverts");
            return indexed;
        }
    }
}
