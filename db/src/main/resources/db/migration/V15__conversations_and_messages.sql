-- Private conversations. Who is in one is a list of participants (account ids), not fixed roles,
-- so providers, carers or group conversations can join later without a schema change.
-- A two-person conversation has a direct_key ("smaller id:larger id"): the same two people
-- always share one conversation. Group conversations leave it NULL.
CREATE TABLE conversation (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    direct_key      VARCHAR(41) NULL,
    started_by      BIGINT      NOT NULL,
    started_at      DATETIME(6) NOT NULL,
    last_message_id BIGINT      NULL,
    last_message_at DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_conversation_direct_key UNIQUE (direct_key),
    CONSTRAINT fk_conversation_started_by FOREIGN KEY (started_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- last_read_message_id: everything up to it has been seen (unread = later messages from others).
-- last_emailed_at: when this person was last emailed about this conversation (at most one
-- email per conversation per 15 minutes).
CREATE TABLE conversation_participant (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id      BIGINT      NOT NULL,
    account_id           BIGINT      NOT NULL,
    joined_at            DATETIME(6) NOT NULL,
    last_read_message_id BIGINT      NOT NULL DEFAULT 0,
    last_emailed_at      DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_conversation_participant UNIQUE (conversation_id, account_id),
    INDEX ix_conversation_participant_account (account_id, conversation_id),
    CONSTRAINT fk_conversation_participant_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_conversation_participant_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Plain text as typed (line breaks kept); pages escape it on output.
CREATE TABLE conversation_message (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id   BIGINT      NOT NULL,
    sender_account_id BIGINT      NOT NULL,
    body              TEXT        NOT NULL,
    sent_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_conversation_message_conversation (conversation_id, id),
    CONSTRAINT fk_conversation_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT fk_conversation_message_sender FOREIGN KEY (sender_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
