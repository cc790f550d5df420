-- A person's direct payment: the ledger account the council loads every few weeks, and what
-- is still held on it by card authorisations waiting to be captured.
CREATE TABLE direct_payment_account (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    ledger_account_id  BIGINT      NOT NULL,
    person_account_id  BIGINT      NOT NULL,
    four_weekly_pence  BIGINT      NOT NULL,
    load_every_days    INT         NOT NULL,
    first_load_on      DATE        NOT NULL,
    -- Sum of pending card holds, kept under this row's lock with every hold placed or released,
    -- reconciled by the tests against card_authorization.
    held_pence         BIGINT      NOT NULL DEFAULT 0,
    opened_at          DATETIME(6) NOT NULL,
    opened_by          BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_direct_payment_account_ledger UNIQUE (ledger_account_id),
    CONSTRAINT uq_direct_payment_account_person UNIQUE (person_account_id),
    CONSTRAINT fk_direct_payment_account_ledger FOREIGN KEY (ledger_account_id) REFERENCES ledger_account (id),
    CONSTRAINT ck_direct_payment_account_amount CHECK (four_weekly_pence >= 0),
    CONSTRAINT ck_direct_payment_account_schedule CHECK (load_every_days > 0),
    CONSTRAINT ck_direct_payment_account_held CHECK (held_pence >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Someone paid from direct payments (a PA, a provider), with their Stripe Connect account.
CREATE TABLE payee (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    ledger_account_id BIGINT       NOT NULL,
    owner_account_id  BIGINT       NOT NULL,
    stripe_account_id VARCHAR(255) NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_payee_ledger UNIQUE (ledger_account_id),
    CONSTRAINT uq_payee_owner UNIQUE (owner_account_id),
    CONSTRAINT fk_payee_ledger FOREIGN KEY (ledger_account_id) REFERENCES ledger_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
