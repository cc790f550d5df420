-- Emails telling someone that a request, agreement, visit or timesheet of theirs changed. They
-- carry a link, never the details. Written with the change, sent after it commits, retried.
CREATE TABLE change_email (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    account_id      BIGINT        NOT NULL,
    link            VARCHAR(300)  NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    INDEX ix_change_email_due (status, next_attempt_at),
    CONSTRAINT fk_change_email_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_change_email_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
