-- What people who use direct payments say about a personal assistant who has worked for them.
-- A review belongs to the PA's account (not the profile), so it survives the PA deleting and
-- remaking their profile, and it matches how agreements and timesheets name the PA. One review
-- per person per PA; the PA replies once (kept on the same row); the PA can report a review to
-- the council; council staff hide a review (and its reply) with a reason, which keeps it on record.
CREATE TABLE pa_review (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    pa_account_id      BIGINT        NOT NULL,
    author_account_id  BIGINT        NOT NULL,
    author_place_id    BIGINT        NOT NULL,
    rating             TINYINT       NOT NULL,
    words              VARCHAR(1000) NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    reply_words        VARCHAR(1000) NULL,
    replied_at         DATETIME(6)   NULL,
    reported_at        DATETIME(6)   NULL,
    report_reason      VARCHAR(500)  NULL,
    report_closed_at   DATETIME(6)   NULL,
    report_closed_by   BIGINT        NULL,
    hidden_at          DATETIME(6)   NULL,
    hidden_by          BIGINT        NULL,
    hide_reason        VARCHAR(500)  NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_pa_review_author UNIQUE (pa_account_id, author_account_id),
    INDEX ix_pa_review_shown (pa_account_id, hidden_at, created_at),
    INDEX ix_pa_review_reported (reported_at, report_closed_at, hidden_at),
    CONSTRAINT fk_pa_review_pa FOREIGN KEY (pa_account_id) REFERENCES account (id),
    CONSTRAINT fk_pa_review_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT fk_pa_review_place FOREIGN KEY (author_place_id) REFERENCES place (id),
    CONSTRAINT fk_pa_review_report_closed_by FOREIGN KEY (report_closed_by) REFERENCES account (id),
    CONSTRAINT fk_pa_review_hidden_by FOREIGN KEY (hidden_by) REFERENCES account (id),
    CONSTRAINT ck_pa_review_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
