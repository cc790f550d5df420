-- The double-entry ledger. An account holds money for an owner (a person's direct payment, a
-- payee, the council's funding, the platform's Stripe balance). Every journal entry moves money
-- between accounts with postings that sum to zero. Entries and postings are append-only: a
-- mistake is corrected by a reversing entry that names the original, never by UPDATE or DELETE.
CREATE TABLE ledger_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(24)  NOT NULL,
    owner_type    VARCHAR(16)  NOT NULL,
    owner_id      VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    -- Kept by the same statement batch that inserts postings, under the account's row lock, so a
    -- balance check reads the latest committed figure without scanning postings. The payments
    -- tests reconcile it against SUM(posting.amount_pence) after thousands of random entries.
    balance_pence BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ledger_account_owner UNIQUE (kind, owner_type, owner_id),
    CONSTRAINT ck_ledger_account_kind CHECK (kind IN ('COUNCIL_FUNDING', 'DP_ACCOUNT', 'ISF', 'PAYEE',
        'PLATFORM_CLEARING', 'STRIPE_BALANCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE journal_entry (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    idempotency_key    VARCHAR(255) NOT NULL,
    reason             VARCHAR(32)  NOT NULL,
    description        VARCHAR(500) NOT NULL,
    actor_account_id   BIGINT       NULL,
    external_reference VARCHAR(255) NULL,
    reverses_entry_id  BIGINT       NULL,
    created_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- The same command posted twice (a retry, a replayed webhook) finds the first entry here.
    CONSTRAINT uq_journal_entry_idempotency_key UNIQUE (idempotency_key),
    -- An entry is reversed at most once.
    CONSTRAINT uq_journal_entry_reverses UNIQUE (reverses_entry_id),
    CONSTRAINT fk_journal_entry_reverses FOREIGN KEY (reverses_entry_id) REFERENCES journal_entry (id),
    INDEX ix_journal_entry_external_reference (external_reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE posting (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    journal_entry_id  BIGINT      NOT NULL,
    ledger_account_id BIGINT      NOT NULL,
    amount_pence      BIGINT      NOT NULL,
    posted_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_posting_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_posting_account FOREIGN KEY (ledger_account_id) REFERENCES ledger_account (id),
    CONSTRAINT ck_posting_amount CHECK (amount_pence <> 0),
    -- Statements (an account's postings by date) and balances (their sum) read only this index.
    INDEX ix_posting_account (ledger_account_id, posted_at, amount_pence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An entry that left a person's money below zero (a card capture that bypassed the card's
-- controls): posted because it happened, flagged here for the council to follow up.
CREATE TABLE ledger_overdraft (
    id                  BIGINT      NOT NULL AUTO_INCREMENT,
    journal_entry_id    BIGINT      NOT NULL,
    ledger_account_id   BIGINT      NOT NULL,
    balance_after_pence BIGINT      NOT NULL,
    flagged_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ledger_overdraft UNIQUE (journal_entry_id, ledger_account_id),
    CONSTRAINT fk_ledger_overdraft_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT fk_ledger_overdraft_account FOREIGN KEY (ledger_account_id) REFERENCES ledger_account (id),
    INDEX ix_ledger_overdraft_account (ledger_account_id, flagged_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
