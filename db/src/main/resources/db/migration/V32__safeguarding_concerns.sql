-- Concerns anyone can report, signed in or not. Seen only by council safeguarding users.
-- Never deleted: the law requires safeguarding records to be kept.
CREATE TABLE safeguarding_concern (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    reference           VARCHAR(12)   NOT NULL,
    what_happened       VARCHAR(4000) NOT NULL,
    who_is_at_risk      VARCHAR(500)  NOT NULL,
    place               VARCHAR(300)  NOT NULL,
    in_danger_now       BOOLEAN       NOT NULL,
    reporter_name       VARCHAR(120)  NULL,
    reporter_contact    VARCHAR(254)  NULL,
    reporter_account_id BIGINT        NULL,
    status              VARCHAR(12)   NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    -- When the safeguarding team's mailbox was told (the email holds only the reference).
    emailed_at          DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_safeguarding_concern_reference UNIQUE (reference),
    CONSTRAINT fk_safeguarding_concern_reporter FOREIGN KEY (reporter_account_id) REFERENCES account (id),
    CONSTRAINT ck_safeguarding_concern_status CHECK (status IN ('NEW', 'ACTING', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_safeguarding_concern_status ON safeguarding_concern (status, received_at);
CREATE INDEX ix_safeguarding_concern_emailed ON safeguarding_concern (emailed_at);

-- What safeguarding staff did about a concern, in order. Append-only.
CREATE TABLE safeguarding_action (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    concern_id  BIGINT        NOT NULL,
    actor_id    BIGINT        NOT NULL,
    status      VARCHAR(12)   NOT NULL,
    note        VARCHAR(2000) NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_safeguarding_action_concern FOREIGN KEY (concern_id) REFERENCES safeguarding_concern (id),
    CONSTRAINT fk_safeguarding_action_actor FOREIGN KEY (actor_id) REFERENCES account (id),
    CONSTRAINT ck_safeguarding_action_status CHECK (status IN ('NEW', 'ACTING', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
