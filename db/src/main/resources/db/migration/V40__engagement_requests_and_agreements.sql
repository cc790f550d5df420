-- A DP holder asks a PA to work for them (a request); the PA accepts, declines with a reason or
-- proposes other terms. An accepted request becomes an agreement. Each step is also written to
-- audit_event (subject engagement_request / agreement), which is the history both sides see.
CREATE TABLE engagement_request (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    dp_holder_account_id  BIGINT        NOT NULL,
    pa_account_id         BIGINT        NOT NULL,
    pa_profile_id         BIGINT        NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    place_id              BIGINT        NOT NULL,
    start_date            DATE          NOT NULL,
    tasks                 VARCHAR(1000) NOT NULL,
    hourly_rate_pence     INT           NOT NULL,
    arrangement           VARCHAR(20)   NOT NULL,
    notice_weeks          INT           NOT NULL,
    proposal_note         VARCHAR(500)  NULL,
    decline_reason        VARCHAR(500)  NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_engagement_request_holder (dp_holder_account_id, id),
    INDEX ix_engagement_request_pa (pa_account_id, id),
    CONSTRAINT fk_engagement_request_holder FOREIGN KEY (dp_holder_account_id) REFERENCES account (id),
    CONSTRAINT fk_engagement_request_pa FOREIGN KEY (pa_account_id) REFERENCES account (id),
    CONSTRAINT fk_engagement_request_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_engagement_request_status CHECK (status IN
        ('SENT', 'CHANGES_PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT ck_engagement_request_arrangement CHECK (arrangement IN ('SELF_EMPLOYED', 'EMPLOYED')),
    CONSTRAINT ck_engagement_request_rate CHECK (hourly_rate_pence > 0),
    CONSTRAINT ck_engagement_request_notice CHECK (notice_weeks BETWEEN 1 AND 12)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The regular visits asked for: at most one a day, local (Europe/London) clock times.
CREATE TABLE engagement_request_time (
    engagement_request_id BIGINT     NOT NULL,
    day_of_week           VARCHAR(9) NOT NULL,
    starts_at             TIME       NOT NULL,
    ends_at               TIME       NOT NULL,
    PRIMARY KEY (engagement_request_id, day_of_week),
    CONSTRAINT fk_engagement_request_time FOREIGN KEY (engagement_request_id) REFERENCES engagement_request (id) ON DELETE CASCADE,
    CONSTRAINT ck_engagement_request_time_order CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engagement_request_skill (
    engagement_request_id BIGINT      NOT NULL,
    skill                 VARCHAR(40) NOT NULL,
    PRIMARY KEY (engagement_request_id, skill),
    CONSTRAINT fk_engagement_request_skill FOREIGN KEY (engagement_request_id) REFERENCES engagement_request (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was agreed. A one-off agreement covers a single visit (cover for a cancelled visit) and
-- has no weekly times. planned_until is the last day whose visits have been put in the calendar.
CREATE TABLE agreement (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    engagement_request_id BIGINT        NULL,
    dp_holder_account_id  BIGINT        NOT NULL,
    pa_account_id         BIGINT        NOT NULL,
    pa_profile_id         BIGINT        NOT NULL,
    arrangement           VARCHAR(20)   NOT NULL,
    one_off               BOOLEAN       NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    place_id              BIGINT        NOT NULL,
    start_date            DATE          NOT NULL,
    ends_on               DATE          NULL,
    tasks                 VARCHAR(1000) NOT NULL,
    hourly_rate_pence     INT           NOT NULL,
    notice_weeks          INT           NOT NULL,
    notice_reason         VARCHAR(500)  NULL,
    planned_until         DATE          NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_agreement_request UNIQUE (engagement_request_id),
    INDEX ix_agreement_holder (dp_holder_account_id, id),
    INDEX ix_agreement_pa (pa_account_id, id),
    INDEX ix_agreement_planning (status, planned_until),
    CONSTRAINT fk_agreement_request FOREIGN KEY (engagement_request_id) REFERENCES engagement_request (id),
    CONSTRAINT fk_agreement_holder FOREIGN KEY (dp_holder_account_id) REFERENCES account (id),
    CONSTRAINT fk_agreement_pa FOREIGN KEY (pa_account_id) REFERENCES account (id),
    CONSTRAINT fk_agreement_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_agreement_status CHECK (status IN ('ACTIVE', 'ENDING', 'ENDED')),
    CONSTRAINT ck_agreement_arrangement CHECK (arrangement IN ('SELF_EMPLOYED', 'EMPLOYED')),
    CONSTRAINT ck_agreement_rate CHECK (hourly_rate_pence > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_time (
    agreement_id BIGINT     NOT NULL,
    day_of_week  VARCHAR(9) NOT NULL,
    starts_at    TIME       NOT NULL,
    ends_at      TIME       NOT NULL,
    PRIMARY KEY (agreement_id, day_of_week),
    CONSTRAINT fk_agreement_time FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT ck_agreement_time_order CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agreement_skill (
    agreement_id BIGINT      NOT NULL,
    skill        VARCHAR(40) NOT NULL,
    PRIMARY KEY (agreement_id, skill),
    CONSTRAINT fk_agreement_skill FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The employer's duties a DP holder who employs a PA has ticked off (who and when: audit_event).
CREATE TABLE agreement_duty_done (
    agreement_id BIGINT      NOT NULL,
    duty         VARCHAR(30) NOT NULL,
    PRIMARY KEY (agreement_id, duty),
    CONSTRAINT fk_agreement_duty_done FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT ck_agreement_duty CHECK (duty IN ('RIGHT_TO_WORK', 'PAYE', 'WORKPLACE_PENSION', 'EMPLOYERS_LIABILITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
