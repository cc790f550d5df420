-- Job adverts that DP holders post for personal assistants. The council checks each one
-- before it is published. CLOSED is also derived from published_at (60 days), so a missed
-- clean-up never leaves an old advert open.
CREATE TABLE job_advert (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    poster_account_id BIGINT        NOT NULL,
    title             VARCHAR(100)  NOT NULL,
    place_id          BIGINT        NOT NULL,
    hours_per_week    DECIMAL(3, 1) NOT NULL,
    start_date        DATE          NOT NULL,
    hourly_rate_pence INT           NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    rejection_reason  VARCHAR(500)  NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    submitted_at      DATETIME(6)   NULL,
    published_at      DATETIME(6)   NULL,
    ended_at          DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_job_advert_poster (poster_account_id, id),
    INDEX ix_job_advert_status_submitted (status, submitted_at, id),
    INDEX ix_job_advert_status_published (status, published_at),
    CONSTRAINT fk_job_advert_poster FOREIGN KEY (poster_account_id) REFERENCES account (id),
    CONSTRAINT fk_job_advert_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_job_advert_status CHECK (status IN
        ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'FILLED', 'WITHDRAWN', 'CLOSED')),
    CONSTRAINT ck_job_advert_rate CHECK (hourly_rate_pence > 0),
    CONSTRAINT ck_job_advert_hours CHECK (hours_per_week > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The kinds of support the advert asks for (codes of the PA skills).
CREATE TABLE job_advert_skill (
    job_advert_id BIGINT      NOT NULL,
    skill         VARCHAR(40) NOT NULL,
    PRIMARY KEY (job_advert_id, skill),
    CONSTRAINT fk_job_advert_skill_advert FOREIGN KEY (job_advert_id) REFERENCES job_advert (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the support is needed: one row per day and part of the day ticked in the weekly grid.
CREATE TABLE job_advert_time (
    job_advert_id BIGINT     NOT NULL,
    day_of_week   VARCHAR(9) NOT NULL,
    part_of_day   VARCHAR(9) NOT NULL,
    PRIMARY KEY (job_advert_id, day_of_week, part_of_day),
    CONSTRAINT fk_job_advert_time_advert FOREIGN KEY (job_advert_id) REFERENCES job_advert (id) ON DELETE CASCADE,
    CONSTRAINT ck_job_advert_time_day CHECK (day_of_week IN
        ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT ck_job_advert_time_part CHECK (part_of_day IN ('MORNING', 'AFTERNOON', 'EVENING', 'NIGHT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
