package care.circles.dayopportunity.control;

import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import care.circles.indexer.IndexDefinition;
import care.circles.indexer.IndexedDocument;
import care.circles.indexer.SearchIndexes;
import care.circles.search.control.SearchConnection;
import care.circles.search.control.SearchOutbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * The day-opportunity index as a whole. On start-up, if Elasticsearch has no such index yet, or
 * one made from an older definition, it is built from the database in the background, and
 * retried until Elasticsearch answers.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class DayOpportunitySearchIndex {

    private static final Logger LOG = Logger.getLogger(DayOpportunitySearchIndex.class.getName());
    public static final IndexDefinition DEFINITION =
            IndexDefinition.fromResource(DayOpportunityListing.INDEX, "/search/day-opportunities.json");
    private static final long RETRY_SECONDS = 10;

    @Inject
    SearchConnection connection;

    @Inject
    ListingDocuments documents;

    @Inject
    SearchOutbox outbox;

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
            if (!new SearchIndexes(connection.cluster(), clock).isCurrent(DEFINITION)) {
                rebuildNow();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not build the day-opportunity index; trying again in " + RETRY_SECONDS + " s", e);
            executor.schedule(this::ensureIndex, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /**
     * Rebuilds the index from the database while searches go on answering from the old one.
     * Changes made meanwhile are sent again afterwards, so none is lost.
     *
     * @return how many listings were indexed
     */
    public long rebuildNow() throws IOException {
        long snapshot = outbox.newestId();
        long indexed;
        try (Stream<DayOpportunityListing> listed = documents.allListed()) {
            Iterator<IndexedDocument> all = listed
                    .map(listing -> new IndexedDocument(String.valueOf(listing.id()), listing.toJson(), snapshot))
                    .iterator();
            indexed = new SearchIndexes(connection.cluster(), clock).rebuild(DEFINITION, all);
        }
        outbox.redeliverNewerThan(DayOpportunityListing.INDEX, snapshot);
        LOG.info(() -> "Day-opportunity index rebuilt: " + indexed + " listings");
        return indexed;
    }
}
