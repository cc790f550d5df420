-- Dated visits made from an agreement's weekly times, a rolling few weeks ahead. Times are UTC
-- instants of the local (Europe/London) clock times, so a 9:00 visit stays 9:00 across BST.
CREATE TABLE visit (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    agreement_id         BIGINT       NOT NULL,
    dp_holder_account_id BIGINT       NOT NULL,
    pa_account_id        BIGINT       NOT NULL,
    starts_at            DATETIME(6)  NOT NULL,
    ends_at              DATETIME(6)  NOT NULL,
    status               VARCHAR(12)  NOT NULL,
    cancelled_at         DATETIME(6)  NULL,
    cancelled_by         BIGINT       NULL,
    cancel_reason        VARCHAR(500) NULL,
    short_notice         BOOLEAN      NOT NULL DEFAULT FALSE,
    covers_visit_id      BIGINT       NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_visit_agreement_start UNIQUE (agreement_id, starts_at),
    CONSTRAINT uq_visit_covers UNIQUE (covers_visit_id),
    INDEX ix_visit_pa (pa_account_id, starts_at),
    INDEX ix_visit_holder (dp_holder_account_id, starts_at),
    CONSTRAINT fk_visit_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_visit_covers FOREIGN KEY (covers_visit_id) REFERENCES visit (id),
    CONSTRAINT ck_visit_status CHECK (status IN ('PLANNED', 'CANCELLED', 'CLAIMED', 'CONFIRMED')),
    CONSTRAINT ck_visit_order CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Cover for a visit the PA cancelled at short notice: one request per visit; the first asked PA
-- to accept fills it. The conditional UPDATE on status decides who is first.
CREATE TABLE cover_request (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    visit_id             BIGINT      NOT NULL,
    dp_holder_account_id BIGINT      NOT NULL,
    status               VARCHAR(10) NOT NULL,
    filled_by            BIGINT      NULL,
    filled_at            DATETIME(6) NULL,
    created_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_cover_request_visit UNIQUE (visit_id),
    INDEX ix_cover_request_holder (dp_holder_account_id, id),
    CONSTRAINT fk_cover_request_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT ck_cover_request_status CHECK (status IN ('OPEN', 'FILLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cover_ask (
    cover_request_id BIGINT      NOT NULL,
    pa_account_id    BIGINT      NOT NULL,
    asked_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (cover_request_id, pa_account_id),
    INDEX ix_cover_ask_pa (pa_account_id, asked_at),
    CONSTRAINT fk_cover_ask_request FOREIGN KEY (cover_request_id) REFERENCES cover_request (id) ON DELETE CASCADE,
    CONSTRAINT fk_cover_ask_pa FOREIGN KEY (pa_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
