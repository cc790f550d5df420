package care.circles.indexer;

/**
 * One document as Elasticsearch stores it: its id and its JSON source.
 *
 * @param version external version: a write with a lower version than the stored one is ignored,
 *                so late or repeated deliveries never overwrite newer data
 */
public record IndexedDocument(String id, String json, long version) {
}
