-- Attempts counted against a limit (sign-ins, concern reports), shared by every server in a
-- cluster. The subject is a hash (of an email address or network address), never the value.
CREATE TABLE throttle_hit (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    bucket      VARCHAR(40) NOT NULL,
    subject     CHAR(64)    NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_throttle_hit_subject (bucket, subject, occurred_at),
    INDEX ix_throttle_hit_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
