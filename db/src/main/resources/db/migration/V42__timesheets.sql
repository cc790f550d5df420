-- A PA's claim for visits that have happened, with the actual times. The DP holder approves it
-- (which raises one payment request: payment_request_id) or disputes it with a reason; the PA
-- corrects and sends it again. Never approved automatically: reminders at 2 and 5 days, and
-- the council sees it as overdue after 7.
CREATE TABLE timesheet (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    agreement_id         BIGINT       NOT NULL,
    dp_holder_account_id BIGINT       NOT NULL,
    pa_account_id        BIGINT       NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    note                 VARCHAR(1000) NULL,
    submitted_at         DATETIME(6)  NOT NULL,
    reminders_sent       INT          NOT NULL DEFAULT 0,
    dispute_reason       VARCHAR(500) NULL,
    decided_at           DATETIME(6)  NULL,
    amount_pence         BIGINT       NOT NULL,
    payment_request_id   BIGINT       NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_timesheet_payment_request UNIQUE (payment_request_id),
    INDEX ix_timesheet_agreement (agreement_id, id),
    INDEX ix_timesheet_holder (dp_holder_account_id, id),
    INDEX ix_timesheet_pa (pa_account_id, id),
    INDEX ix_timesheet_waiting (status, submitted_at),
    CONSTRAINT fk_timesheet_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT ck_timesheet_status CHECK (status IN ('SUBMITTED', 'DISPUTED', 'APPROVED')),
    CONSTRAINT ck_timesheet_amount CHECK (amount_pence >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per visit; a visit is claimed on one timesheet only.
CREATE TABLE timesheet_line (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    timesheet_id BIGINT       NOT NULL,
    visit_id     BIGINT       NOT NULL,
    happened     BOOLEAN      NOT NULL,
    actual_start DATETIME(6)  NULL,
    actual_end   DATETIME(6)  NULL,
    note         VARCHAR(300) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_timesheet_line_visit UNIQUE (visit_id),
    CONSTRAINT fk_timesheet_line_timesheet FOREIGN KEY (timesheet_id) REFERENCES timesheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_timesheet_line_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
