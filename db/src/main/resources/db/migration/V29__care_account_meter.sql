-- A person's care account: what they spent on care, how much of it counted toward the
-- lifetime cap and why, and council adjustments with their reasons. Append-only.
CREATE TABLE care_account_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    person_account_id BIGINT        NOT NULL,
    kind              VARCHAR(16)   NOT NULL,
    category          VARCHAR(60)   NULL,
    spent_pence       BIGINT        NOT NULL,
    counted_pence     BIGINT        NOT NULL,
    explanation       VARCHAR(500)  NOT NULL,
    source_reference  VARCHAR(255)  NOT NULL,
    actor_account_id  BIGINT        NULL,
    occurred_on       DATE          NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- The same spend reported twice counts once.
    CONSTRAINT uq_care_account_entry_source UNIQUE (person_account_id, source_reference),
    CONSTRAINT ck_care_account_entry_kind CHECK (kind IN ('SPEND', 'ADJUSTMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
