-- What a council user may do beyond the council pages every colleague sees: manage council
-- users (ADMIN) or read and act on safeguarding concerns (SAFEGUARDING). Granted and revoked
-- by admins, each change in the audit log.
CREATE TABLE council_duty (
    account_id  BIGINT      NOT NULL,
    duty        VARCHAR(20) NOT NULL,
    granted_at  DATETIME(6) NOT NULL,
    granted_by  BIGINT      NULL,
    PRIMARY KEY (account_id, duty),
    CONSTRAINT fk_council_duty_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_council_duty_granted_by FOREIGN KEY (granted_by) REFERENCES account (id),
    CONSTRAINT ck_council_duty CHECK (duty IN ('ADMIN', 'SAFEGUARDING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Council users from before duties existed keep everything they could do.
INSERT INTO council_duty (account_id, duty, granted_at, granted_by)
SELECT id, 'ADMIN', UTC_TIMESTAMP(6), NULL FROM account WHERE role = 'COUNCIL';
INSERT INTO council_duty (account_id, duty, granted_at, granted_by)
SELECT id, 'SAFEGUARDING', UTC_TIMESTAMP(6), NULL FROM account WHERE role = 'COUNCIL';
