package care.circles.search.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A change for Elasticsearch, stored with the change itself; search-indexer delivers it. */
@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "index_name", nullable = false)
    private String indexName;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(nullable = false)
    private String operation;

    private String document;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    protected SearchOutboxEntry() {
    }

    private SearchOutboxEntry(String indexName, String documentId, String operation, String document, Instant now) {
        this.indexName = indexName;
        this.documentId = documentId;
        this.operation = operation;
        this.document = document;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public static SearchOutboxEntry index(String indexName, String documentId, String json, Instant now) {
        return new SearchOutboxEntry(indexName, documentId, "INDEX", json, now);
    }

    public static SearchOutboxEntry delete(String indexName, String documentId, Instant now) {
        return new SearchOutboxEntry(indexName, documentId, "DELETE", null, now);
    }

    public Long id() {
        return id;
    }
}
