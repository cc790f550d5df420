package care.circles.pa.control;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import care.circles.indexer.IndexDefinition;
import care.circles.indexer.IndexedDocument;
import care.circles.indexer.SearchIndexes;
import care.circles.pa.entity.PaProfile;
import care.circles.place.control.Gazetteer;
import care.circles.review.entity.ReviewSummary;
import care.circles.search.control.SearchConnection;
import care.circles.search.control.SearchOutbox;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.taxonomy.control.SupportTaxonomyChanged;
import care.circles.taxonomy.entity.SupportTypes;
import care.circles.vetting.entity.VerifiedCheck;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
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
    PaListings listings;

    @Inject
    SearchOutbox outbox;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    java.time.Clock clock;

    private static final long RETRY_SECONDS = 10;

    @Resource
    ManagedScheduledExecutorService executor;

    private volatile boolean ready;
    private volatile RebuildProgress progress = RebuildProgress.NEVER;
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    @PostConstruct
    void buildWhenMissing() {
        executor.execute(this::ensureIndex);
    }

    /** Tries until Elasticsearch answers: it may still be starting when the application is. */
    private void ensureIndex() {
        try {
            SearchIndexes indexes = new SearchIndexes(connection.cluster(), clock);
            if (!indexes.isCurrent(DEFINITION)) {
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
     * Rebuilds the PA index from the database while searches go on answering from the old one;
     * the alias moves to the new index in one step. Changes made during the rebuild are sent
     * again afterwards, so none is lost.
     *
     * @return how many published profiles were indexed
     * @throws IllegalStateException when a rebuild is already running
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long rebuildNow() throws IOException {
        claimRebuild();
        return rebuildClaimed();
    }

    /** Starts a rebuild in the background; {@link #progress()} says RUNNING from the moment this returns. */
    public void startRebuild() {
        claimRebuild();
        executor.execute(() -> {
            try {
                rebuildClaimed();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Rebuilding the PA index failed", e);
            }
        });
    }

    private void claimRebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild of the PA index is already running");
        }
        progress = new RebuildProgress(RebuildProgress.State.RUNNING, 0, 0, clock.instant(), null, null);
    }

    private long rebuildClaimed() throws IOException {
        Instant started = progress.started();
        try {
            long snapshot = outbox.newestId();
            long total = ((Number) em.createQuery("SELECT COUNT(p) FROM PaProfile p WHERE p.status = "
                    + "care.circles.pa.entity.ProfileStatus.PUBLISHED").getSingleResult()).longValue();
            progress = new RebuildProgress(RebuildProgress.State.RUNNING, 0, total, started, null, null);
            Set<Long> withPhotos = listings.profilesWithPhotos();
            SupportTypes types = taxonomy.current();
            Map<Long, List<VerifiedCheck>> badges = listings.badgesByPa();
            Map<Long, ReviewSummary> reviews = listings.reviewsByPa();
            long indexed;
            // Fetch the profiles' collections in a few IN queries, not three queries per profile.
            try (Stream<PaProfile> published = em.createNamedQuery(PaProfile.PUBLISHED, PaProfile.class)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "p.skills")
                    .setHint("eclipselink.batch", "p.languages")
                    .setHint("eclipselink.batch", "p.availability")
                    .getResultStream()) {
                Iterator<IndexedDocument> documents = published
                        .map(p -> new IndexedDocument(String.valueOf(p.id()),
                                PaListing.of(p, gazetteer.byId(p.placeId()).orElseThrow(), withPhotos.contains(p.id()), types,
                                        badges.getOrDefault(p.accountId(), List.of()),
                                        reviews.getOrDefault(p.accountId(), ReviewSummary.NONE))
                                        .toJson(), snapshot))
                        .iterator();
                indexed = new SearchIndexes(connection.cluster(), clock).rebuild(DEFINITION, documents,
                        soFar -> progress = new RebuildProgress(RebuildProgress.State.RUNNING, soFar, total, started,
                                null, null));
            }
            outbox.redeliverNewerThan(PaListing.INDEX, snapshot);
            progress = new RebuildProgress(RebuildProgress.State.FINISHED, indexed, total, started, clock.instant(), null);
            LOG.info(() -> "PA search index rebuilt: " + progress.summary());
            return indexed;
        } catch (IOException | RuntimeException e) {
            progress = new RebuildProgress(RebuildProgress.State.FAILED, progress.indexed(), progress.total(), started,
                    clock.instant(), e.getMessage());
            throw e;
        } finally {
            rebuilding.set(false);
        }
    }

    public RebuildProgress progress() {
        return progress;
    }

    /** Labels live in every listing: a renamed or retired support type means rebuilding. */
    public void afterTaxonomyChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupportTaxonomyChanged change) {
        if (!change.searchChanges()) {
            return;
        }
        try {
            startRebuild();
        } catch (IllegalStateException alreadyRunning) {
            executor.schedule(() -> afterTaxonomyChange(change), RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }
}
