-- When a hub or spoke meets. A schedule is one-off or repeats (weekly, fortnightly, monthly on
-- the same weekday of the month) at a local Europe/London time, optionally skipping bank
-- holidays and given dates. Each session is its own row, made ahead of time from its schedule.
CREATE TABLE session_series (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    day_opportunity_id   BIGINT      NOT NULL,
    kind                 VARCHAR(12) NOT NULL,
    recurrence           VARCHAR(12) NOT NULL,
    first_date           DATE        NOT NULL,
    last_date            DATE        NULL,
    start_time           TIME        NOT NULL,
    end_time             TIME        NOT NULL,
    capacity             INT         NOT NULL,
    booking_cutoff_hours INT         NOT NULL,
    skip_bank_holidays   BOOLEAN     NOT NULL,
    made_until           DATE        NULL,
    created_at           DATETIME(6) NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_session_series_opportunity (day_opportunity_id),
    CONSTRAINT fk_session_series_opportunity FOREIGN KEY (day_opportunity_id) REFERENCES day_opportunity (id),
    CONSTRAINT ck_session_series_kind CHECK (kind IN ('ACTIVITY', 'CARERS_BREAK')),
    CONSTRAINT ck_session_series_recurrence CHECK (recurrence IN ('ONCE', 'WEEKLY', 'FORTNIGHTLY', 'MONTHLY')),
    CONSTRAINT ck_session_series_dates CHECK (last_date IS NULL OR last_date >= first_date),
    CONSTRAINT ck_session_series_times CHECK (end_time > start_time),
    CONSTRAINT ck_session_series_capacity CHECK (capacity > 0),
    CONSTRAINT ck_session_series_cutoff CHECK (booking_cutoff_hours BETWEEN 0 AND 168)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE session_series_exception (
    series_id BIGINT NOT NULL,
    on_date   DATE   NOT NULL,
    PRIMARY KEY (series_id, on_date),
    CONSTRAINT fk_session_series_exception FOREIGN KEY (series_id) REFERENCES session_series (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The places counter decides who gets the last place: booking adds one with a conditional
-- UPDATE, and the CHECK makes more bookings than places impossible whatever the code does.
-- places_held are places kept for someone on the waiting list while their offer is open.
CREATE TABLE day_session (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    series_id          BIGINT       NOT NULL,
    day_opportunity_id BIGINT       NOT NULL,
    kind               VARCHAR(12)  NOT NULL,
    session_date       DATE         NOT NULL,
    starts_at          DATETIME(6)  NOT NULL,
    ends_at            DATETIME(6)  NOT NULL,
    booking_closes_at  DATETIME(6)  NOT NULL,
    capacity           INT          NOT NULL,
    places_taken       INT          NOT NULL DEFAULT 0,
    places_held        INT          NOT NULL DEFAULT 0,
    status             VARCHAR(10)  NOT NULL,
    cancelled_at       DATETIME(6)  NULL,
    cancel_reason      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_day_session_date UNIQUE (series_id, session_date),
    INDEX ix_day_session_opportunity (day_opportunity_id, starts_at),
    CONSTRAINT fk_day_session_series FOREIGN KEY (series_id) REFERENCES session_series (id),
    CONSTRAINT fk_day_session_opportunity FOREIGN KEY (day_opportunity_id) REFERENCES day_opportunity (id),
    CONSTRAINT ck_day_session_kind CHECK (kind IN ('ACTIVITY', 'CARERS_BREAK')),
    CONSTRAINT ck_day_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_day_session_capacity CHECK (capacity > 0),
    CONSTRAINT ck_day_session_places CHECK (places_taken >= 0 AND places_held >= 0
        AND places_taken + places_held <= capacity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
