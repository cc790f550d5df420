-- Changes waiting to reach Elasticsearch. Written in the same transaction as the change
-- itself, delivered by search-indexer, kept a while after delivery for tracing.
CREATE TABLE search_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    index_name      VARCHAR(40)   NOT NULL,
    document_id     VARCHAR(64)   NOT NULL,
    operation       VARCHAR(8)    NOT NULL,
    document        LONGTEXT      NULL,
    created_at      DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    delivered_at    DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    INDEX ix_search_outbox_pending (delivered_at, next_attempt_at, id),
    CONSTRAINT ck_search_outbox_operation CHECK (operation IN ('INDEX', 'DELETE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
