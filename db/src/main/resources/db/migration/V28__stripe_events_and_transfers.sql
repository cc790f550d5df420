-- Every Stripe webhook event, stored by its id before it is processed, so a replay is
-- recognised and an event that arrives before what it refers to can wait and be retried.
CREATE TABLE stripe_event (
    id           VARCHAR(255) NOT NULL,
    type         VARCHAR(100) NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    received_at  DATETIME(6)  NOT NULL,
    processed_at DATETIME(6)  NULL,
    waiting_for  VARCHAR(255) NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_stripe_event_status CHECK (status IN ('RECEIVED', 'PROCESSED', 'DEFERRED', 'IGNORED')),
    INDEX ix_stripe_event_status (status, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Money sent from a payee's ledger account to their Stripe Connect account. Recorded pending
-- before Stripe is called (the idempotency key makes a retried call safe), settled by webhook.
CREATE TABLE stripe_transfer (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    idempotency_key    VARCHAR(255) NOT NULL,
    payee_id           BIGINT       NOT NULL,
    destination        VARCHAR(255) NOT NULL,
    amount_pence       BIGINT       NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    stripe_transfer_id VARCHAR(255) NULL,
    requested_at       DATETIME(6)  NOT NULL,
    settled_at         DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_stripe_transfer_key UNIQUE (idempotency_key),
    CONSTRAINT uq_stripe_transfer_stripe_id UNIQUE (stripe_transfer_id),
    CONSTRAINT fk_stripe_transfer_payee FOREIGN KEY (payee_id) REFERENCES payee (id),
    CONSTRAINT ck_stripe_transfer_amount CHECK (amount_pence > 0),
    CONSTRAINT ck_stripe_transfer_status CHECK (status IN ('PENDING', 'SUBMITTED', 'PAID', 'REVERSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
