-- Pre-paid cards on a direct payment account. The card issuer (Stripe Issuing first) holds the
-- card itself; we keep its id, the last four digits people recognise, and its state.
CREATE TABLE prepaid_card (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    direct_payment_account_id BIGINT       NOT NULL,
    issuer_card_id            VARCHAR(255) NOT NULL,
    last4                     VARCHAR(4)   NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    replaces_card_id          BIGINT       NULL,
    issued_at                 DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_prepaid_card_issuer UNIQUE (issuer_card_id),
    CONSTRAINT fk_prepaid_card_account FOREIGN KEY (direct_payment_account_id) REFERENCES direct_payment_account (id),
    CONSTRAINT fk_prepaid_card_replaces FOREIGN KEY (replaces_card_id) REFERENCES prepaid_card (id),
    CONSTRAINT ck_prepaid_card_status CHECK (status IN ('ACTIVE', 'FROZEN', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every real-time authorisation decision, and the hold an approval places until the capture.
CREATE TABLE card_authorization (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    issuer_authorization_id   VARCHAR(255) NOT NULL,
    card_id                   BIGINT       NOT NULL,
    direct_payment_account_id BIGINT       NOT NULL,
    amount_pence              BIGINT       NOT NULL,
    merchant_category_code    VARCHAR(4)   NULL,
    merchant_name             VARCHAR(255) NULL,
    approved                  BOOLEAN      NOT NULL,
    decline_reason            VARCHAR(32)  NULL,
    decline_message           VARCHAR(300) NULL,
    hold_pence                BIGINT       NOT NULL,
    hold_status               VARCHAR(16)  NOT NULL,
    decided_at                DATETIME(6)  NOT NULL,
    hold_released_at          DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_card_authorization_issuer UNIQUE (issuer_authorization_id),
    CONSTRAINT fk_card_authorization_card FOREIGN KEY (card_id) REFERENCES prepaid_card (id),
    CONSTRAINT ck_card_authorization_hold CHECK (hold_status IN ('PENDING', 'RELEASED', 'NONE')),
    INDEX ix_card_authorization_holds (direct_payment_account_id, hold_status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Captures and refunds as the card network settled them, each with the ledger entry it posted.
CREATE TABLE card_transaction (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    issuer_transaction_id     VARCHAR(255) NOT NULL,
    issuer_authorization_id   VARCHAR(255) NULL,
    card_id                   BIGINT       NOT NULL,
    kind                      VARCHAR(16)  NOT NULL,
    amount_pence              BIGINT       NOT NULL,
    merchant_category_code    VARCHAR(4)   NULL,
    merchant_name             VARCHAR(255) NULL,
    journal_entry_id          BIGINT       NOT NULL,
    overdraft                 BOOLEAN      NOT NULL,
    created_at                DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_card_transaction_issuer UNIQUE (issuer_transaction_id),
    CONSTRAINT fk_card_transaction_card FOREIGN KEY (card_id) REFERENCES prepaid_card (id),
    CONSTRAINT fk_card_transaction_entry FOREIGN KEY (journal_entry_id) REFERENCES journal_entry (id),
    CONSTRAINT ck_card_transaction_kind CHECK (kind IN ('CAPTURE', 'REFUND')),
    INDEX ix_card_transaction_authorization (issuer_authorization_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
