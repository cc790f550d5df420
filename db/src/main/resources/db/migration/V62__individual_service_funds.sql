-- Individual service funds: a person's budget held by an accredited provider or broker, spent
-- as the person decides. The money itself is in the payments ledger (ledger_account_id); these
-- tables hold what a statement needs to say about it.
CREATE TABLE isf (
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    holder_provider_id         BIGINT       NOT NULL,
    person_name                VARCHAR(120) NOT NULL,
    person_account_id          BIGINT       NULL,
    representative_account_id  BIGINT       NULL,
    annual_budget_pence        BIGINT       NOT NULL,
    start_date                 DATE         NOT NULL,
    status                     VARCHAR(12)  NOT NULL,
    ledger_account_id          BIGINT       NULL,
    created_by                 BIGINT       NOT NULL,
    created_at                 DATETIME(6)  NOT NULL,
    confirmed_by               BIGINT       NULL,
    confirmed_at               DATETIME(6)  NULL,
    decision_note              VARCHAR(1000) NULL,
    version                    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_isf_holder (holder_provider_id, status),
    INDEX ix_isf_person (person_account_id),
    INDEX ix_isf_representative (representative_account_id),
    CONSTRAINT fk_isf_holder FOREIGN KEY (holder_provider_id) REFERENCES provider (id),
    CONSTRAINT fk_isf_person FOREIGN KEY (person_account_id) REFERENCES account (id),
    CONSTRAINT fk_isf_representative FOREIGN KEY (representative_account_id) REFERENCES account (id),
    CONSTRAINT fk_isf_ledger_account FOREIGN KEY (ledger_account_id) REFERENCES ledger_account (id),
    CONSTRAINT fk_isf_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_isf_confirmed_by FOREIGN KEY (confirmed_by) REFERENCES account (id),
    CONSTRAINT ck_isf_status CHECK (status IN ('PENDING', 'ACTIVE', 'DECLINED')),
    CONSTRAINT ck_isf_budget CHECK (annual_budget_pence > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outcomes of the person's support plan, in their own words; spending names one of them.
CREATE TABLE isf_outcome (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    isf_id    BIGINT       NOT NULL,
    position  INT          NOT NULL,
    words     VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_isf_outcome_isf (isf_id, position),
    CONSTRAINT fk_isf_outcome_isf FOREIGN KEY (isf_id) REFERENCES isf (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spending from an ISF, append-only: a mistake is put right by a reversing row (negative
-- amount, reverses_id naming the original, and a reason), never by changing the original.
CREATE TABLE isf_spend (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    isf_id           BIGINT        NOT NULL,
    spent_on         DATE          NOT NULL,
    what             VARCHAR(200)  NOT NULL,
    supplier         VARCHAR(120)  NOT NULL,
    amount_pence     BIGINT        NOT NULL,
    outcome_id       BIGINT        NOT NULL,
    receipt_file_id  BIGINT        NULL,
    journal_entry_id BIGINT        NOT NULL,
    reverses_id      BIGINT        NULL,
    reversal_reason  VARCHAR(500)  NULL,
    recorded_by      BIGINT        NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_isf_spend_isf (isf_id, spent_on, id),
    CONSTRAINT uq_isf_spend_reverses UNIQUE (reverses_id),
    CONSTRAINT fk_isf_spend_isf FOREIGN KEY (isf_id) REFERENCES isf (id),
    CONSTRAINT fk_isf_spend_outcome FOREIGN KEY (outcome_id) REFERENCES isf_outcome (id),
    CONSTRAINT fk_isf_spend_receipt FOREIGN KEY (receipt_file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_isf_spend_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_isf_spend_reverses FOREIGN KEY (reverses_id) REFERENCES isf_spend (id),
    CONSTRAINT fk_isf_spend_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_isf_spend_amount CHECK (amount_pence <> 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A monthly statement as issued: its figures are kept as they were on the day, so what the
-- person and the council were sent never changes.
CREATE TABLE isf_statement (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    isf_id          BIGINT      NOT NULL,
    month_start     DATE        NOT NULL,
    opening_pence   BIGINT      NOT NULL,
    money_in_pence  BIGINT      NOT NULL,
    spent_pence     BIGINT      NOT NULL,
    closing_pence   BIGINT      NOT NULL,
    issued_by       BIGINT      NOT NULL,
    issued_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_isf_statement_month UNIQUE (isf_id, month_start),
    CONSTRAINT fk_isf_statement_isf FOREIGN KEY (isf_id) REFERENCES isf (id),
    CONSTRAINT fk_isf_statement_issued_by FOREIGN KEY (issued_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
