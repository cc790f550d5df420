-- People who sign in. Email is stored lower-cased so look-ups and the unique key agree.
CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    BIGINT       NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_account_role CHECK (role IN ('DP_HOLDER', 'PA', 'PROVIDER', 'BROKER', 'COUNCIL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only record of who changed what and why: money, vetting, accreditation,
-- safeguarding and account changes. Rows are never updated or deleted.
CREATE TABLE audit_event (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at      DATETIME(6)   NOT NULL,
    actor_account_id BIGINT        NULL,
    action           VARCHAR(60)   NOT NULL,
    subject_type     VARCHAR(40)   NOT NULL,
    subject_id       BIGINT        NOT NULL,
    detail           VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    INDEX ix_audit_subject (subject_type, subject_id),
    INDEX ix_audit_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
