-- What people who use an organisation's support say about it, shown on its public page. One
-- review per person per organisation; council staff can remove one with a reason (moderation),
-- which hides it but keeps it on record.
CREATE TABLE organisation_review (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id       BIGINT        NOT NULL,
    author_account_id BIGINT        NOT NULL,
    rating            TINYINT       NOT NULL,
    words             VARCHAR(1000) NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    removed_at        DATETIME(6)   NULL,
    removed_by        BIGINT        NULL,
    removal_reason    VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_review_author UNIQUE (provider_id, author_account_id),
    INDEX ix_organisation_review_provider (provider_id, removed_at, created_at),
    CONSTRAINT fk_organisation_review_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_organisation_review_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT fk_organisation_review_removed_by FOREIGN KEY (removed_by) REFERENCES account (id),
    CONSTRAINT ck_organisation_review_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
