package care.circles.indexer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;

/**
 * Creates and rebuilds the indexes behind an alias. A rebuild fills a fresh index while
 * searches keep answering from the old one, then swaps the alias in one atomic call.
 */
public final class SearchIndexes {

    private static final DateTimeFormatter INDEX_SUFFIX =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final int BULK_SIZE = 5_000;

    private final ElasticsearchClient client;
    private final Clock clock;

    public SearchIndexes(SearchCluster cluster, Clock clock) {
        this.client = cluster.client();
        this.clock = clock;
    }

    /** @return true when the alias exists and points at an index */
    public boolean exists(IndexDefinition definition) throws IOException {
        return client.indices().existsAlias(a -> a.name(definition.alias())).value();
    }

    /** @return true when the alias points only at indexes made from this very definition */
    public boolean isCurrent(IndexDefinition definition) throws IOException {
        Set<String> behind = indexesBehind(definition.alias());
        String prefix = definition.alias() + "-" + definition.fingerprint() + "-";
        return !behind.isEmpty() && behind.stream().allMatch(name -> name.startsWith(prefix));
    }

    /**
     * Fills a new index with every document, then points the alias at it and deletes the
     * indexes it replaced.
     *
     * @return how many documents were indexed
     * @throws IOException when Elasticsearch cannot be reached; the alias is then left as it was
     */
    public long rebuild(IndexDefinition definition, Iterator<IndexedDocument> documents) throws IOException {
        return rebuild(definition, documents, indexedSoFar -> { });
    }

    /**
     * As {@link #rebuild(IndexDefinition, Iterator)}, telling {@code progress} how many documents
     * are in the new index after each bulk request.
     */
    public long rebuild(IndexDefinition definition, Iterator<IndexedDocument> documents, LongConsumer progress)
            throws IOException {
        String fresh = definition.alias() + "-" + definition.fingerprint() + "-" + INDEX_SUFFIX.format(clock.instant());
        client.indices().create(c -> c.index(fresh)
                .withJson(new StringReader(definition.settingsAndMappings())));
        long indexed = 0;
        List<BulkOperation> batch = new ArrayList<>(BULK_SIZE);
        while (documents.hasNext()) {
            batch.add(indexOperation(fresh, documents.next()));
            if (batch.size() == BULK_SIZE) {
                indexed += sendAll(batch);
                batch.clear();
                progress.accept(indexed);
            }
        }
        if (!batch.isEmpty()) {
            indexed += sendAll(batch);
            progress.accept(indexed);
        }
        client.indices().refresh(r -> r.index(fresh));
        Set<String> previous = indexesBehind(definition.alias());
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(fresh).alias(definition.alias()).isWriteIndex(true)));
            previous.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(definition.alias()))));
            return u;
        });
        for (String old : previous) {
            client.indices().delete(d -> d.index(old).ignoreUnavailable(true));
        }
        return indexed;
    }

    private Set<String> indexesBehind(String alias) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(a -> a.name(alias)).result().keySet();
    }

    private long sendAll(List<BulkOperation> batch) throws IOException {
        BulkResponse response = client.bulk(b -> b.operations(batch));
        long ok = 0;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                ok++;
            } else if (!"version_conflict_engine_exception".equals(item.error().type())) {
                throw new IOException("Elasticsearch refused document " + item.id() + ": " + item.error().reason());
            }
        }
        return ok;
    }

    static BulkOperation indexOperation(String index, IndexedDocument document) {
        BinaryData source = BinaryData.of(document.json().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON);
        return BulkOperation.of(o -> o.index(i -> i.index(index)
                .id(document.id())
                .version(document.version())
                .versionType(VersionType.External)
                .document(source)));
    }

    static BulkOperation deleteOperation(String index, String id, long version) {
        return BulkOperation.of(o -> o.delete(d -> d.index(index).id(id).version(version).versionType(VersionType.External)));
    }
}
