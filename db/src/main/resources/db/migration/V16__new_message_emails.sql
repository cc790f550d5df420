-- Emails telling someone they have a new message. A row is written in the same transaction as
-- the message, sent after commit and retried with a growing wait. It never holds the message
-- text: the email only links to the conversation.
CREATE TABLE new_message_email (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    conversation_id      BIGINT        NOT NULL,
    recipient_account_id BIGINT        NOT NULL,
    status               VARCHAR(8)    NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    attempts             INT           NOT NULL DEFAULT 0,
    next_attempt_at      DATETIME(6)   NOT NULL,
    sent_at              DATETIME(6)   NULL,
    last_error           VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    INDEX ix_new_message_email_due (status, next_attempt_at),
    CONSTRAINT fk_new_message_email_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_new_message_email_recipient FOREIGN KEY (recipient_account_id) REFERENCES account (id),
    CONSTRAINT ck_new_message_email_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
