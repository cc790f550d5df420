-- In-app notifications: a short message and a link within the site, per account.
CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    account_id BIGINT       NOT NULL,
    message    VARCHAR(300) NOT NULL,
    link       VARCHAR(300) NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_account_newest (account_id, created_at, id),
    INDEX ix_notification_account_unread (account_id, read_at),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
