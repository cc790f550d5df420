-- Private files people upload (evidence for vetting checks). The bytes live on disk outside the
-- web root under a random storage name; this row says whose file it is and what it is.
CREATE TABLE stored_file (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    storage_name     CHAR(64)     NOT NULL,
    owner_account_id BIGINT       NOT NULL,
    original_name    VARCHAR(160) NOT NULL,
    content_type     VARCHAR(40)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    uploaded_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_stored_file_storage_name UNIQUE (storage_name),
    CONSTRAINT fk_stored_file_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
    CONSTRAINT ck_stored_file_type CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT ck_stored_file_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
