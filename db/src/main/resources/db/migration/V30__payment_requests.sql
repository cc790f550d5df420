-- Money someone is owed for care already given (an approved timesheet, a booked session),
-- waiting for the person paying to confirm it. One request per source, however often the
-- source is approved or replayed: the source key is unique.
CREATE TABLE payment_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    source_key        VARCHAR(100)  NOT NULL,
    payer_account_id  BIGINT        NOT NULL,
    payee_account_id  BIGINT        NOT NULL,
    funding           VARCHAR(20)   NOT NULL,
    amount_pence      BIGINT        NOT NULL,
    description       VARCHAR(300)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    raised_at         DATETIME(6)   NOT NULL,
    raised_by         BIGINT        NULL,
    decided_at        DATETIME(6)   NULL,
    decided_by        BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_payment_request_source UNIQUE (source_key),
    CONSTRAINT ck_payment_request_amount CHECK (amount_pence > 0),
    CONSTRAINT ck_payment_request_funding CHECK (funding IN ('DIRECT_PAYMENT', 'ISF', 'SELF_FUNDED', 'COUNCIL')),
    CONSTRAINT ck_payment_request_status CHECK (status IN ('AWAITING', 'PAYING', 'PAID', 'REFUSED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_payment_request_payer ON payment_request (payer_account_id, status, raised_at);
CREATE INDEX ix_payment_request_payee ON payment_request (payee_account_id, raised_at);
