package care.circles.provider.control;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.ActiveAccreditation;
import care.circles.indexer.IndexDefinition;
import care.circles.indexer.IndexedDocument;
import care.circles.indexer.SearchIndexes;
import care.circles.provider.entity.Organisation;
import care.circles.search.control.SearchConnection;
import care.circles.search.control.SearchOutbox;
import care.circles.taxonomy.control.SupportTaxonomyChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The organisation index as a whole: built from the database in the background when
 * Elasticsearch has none (or an older mapping), and rebuilt when support labels change.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("DatabaseStartup")
public class OrganisationSearchIndex {

    private static final Logger LOG = Logger.getLogger(OrganisationSearchIndex.class.getName());
    public static final IndexDefinition DEFINITION =
            IndexDefinition.fromResource(OrganisationListing.INDEX, "/search/organisations.json");
    private static final long RETRY_SECONDS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchConnection connection;

    @Inject
    OrganisationIndexing indexing;

    @Inject
    Accreditations accreditations;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private volatile boolean ready;

    @PostConstruct
    void buildWhenMissing() {
        executor.execute(this::ensureIndex);
    }

    private void ensureIndex() {
        try {
            if (!new SearchIndexes(connection.cluster(), clock).isCurrent(DEFINITION)) {
                rebuildNow();
            }
            ready = true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not build the organisation search index; trying again in " + RETRY_SECONDS
                    + " s", e);
            executor.schedule(this::ensureIndex, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    public boolean isReady() {
        return ready;
    }

    /**
     * Rebuilds the index from the database while searches go on answering from the old one;
     * changes made meanwhile are sent again afterwards.
     *
     * @return how many organisations were indexed
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public synchronized long rebuildNow() throws IOException {
        long snapshot = outbox.newestId();
        LocalDate today = accreditations.today();
        Map<Long, List<ActiveAccreditation>> active = accreditations.activeByProvider(today);
        long indexed;
        try (Stream<Organisation> all = em.createNamedQuery(Organisation.ALL, Organisation.class).getResultStream()) {
            Iterator<IndexedDocument> documents = all
                    .map(o -> new IndexedDocument(String.valueOf(o.id()),
                            indexing.listingOf(o, active.getOrDefault(o.id(), List.of())).toJson(), snapshot))
                    .iterator();
            indexed = new SearchIndexes(connection.cluster(), clock).rebuild(DEFINITION, documents);
        }
        outbox.redeliverNewerThan(OrganisationListing.INDEX, snapshot);
        LOG.info(() -> "Organisation search index rebuilt: " + indexed + " organisations");
        return indexed;
    }

    /** Support labels live in every listing: a renamed support type means rebuilding. */
    public void afterTaxonomyChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupportTaxonomyChanged change) {
        if (change.searchChanges()) {
            executor.execute(() -> {
                try {
                    rebuildNow();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Rebuilding the organisation index after a taxonomy change failed", e);
                }
            });
        }
    }
}
