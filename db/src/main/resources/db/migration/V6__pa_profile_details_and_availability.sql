-- What people most often ask about a PA before getting in touch.
ALTER TABLE pa_profile
    ADD COLUMN gender              VARCHAR(16) NOT NULL DEFAULT 'NOT_SAID',
    ADD COLUMN has_car             BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN has_driving_licence BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN travel_km           INT         NOT NULL DEFAULT 10,
    ADD COLUMN hours_wanted        INT         NULL,
    ADD COLUMN employment          VARCHAR(16) NOT NULL DEFAULT 'EITHER';

ALTER TABLE pa_profile
    ADD CONSTRAINT ck_pa_profile_gender CHECK (gender IN ('WOMAN', 'MAN', 'NON_BINARY', 'NOT_SAID')),
    ADD CONSTRAINT ck_pa_profile_employment CHECK (employment IN ('SELF_EMPLOYED', 'EMPLOYED', 'EITHER')),
    ADD CONSTRAINT ck_pa_profile_travel CHECK (travel_km BETWEEN 0 AND 100),
    ADD CONSTRAINT ck_pa_profile_hours CHECK (hours_wanted IS NULL OR hours_wanted BETWEEN 1 AND 60);

CREATE TABLE pa_profile_language (
    pa_profile_id BIGINT      NOT NULL,
    language      VARCHAR(32) NOT NULL,
    PRIMARY KEY (pa_profile_id, language),
    CONSTRAINT fk_pa_profile_language_profile FOREIGN KEY (pa_profile_id) REFERENCES pa_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The usual week: one row per day and part of the day the PA can work, e.g. MONDAY_MORNING.
CREATE TABLE pa_availability (
    pa_profile_id BIGINT      NOT NULL,
    slot          VARCHAR(20) NOT NULL,
    PRIMARY KEY (pa_profile_id, slot),
    CONSTRAINT fk_pa_availability_profile FOREIGN KEY (pa_profile_id) REFERENCES pa_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dated exceptions to the usual week: holidays, courses, other commitments.
CREATE TABLE pa_time_away (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    pa_profile_id BIGINT       NOT NULL,
    first_day     DATE         NOT NULL,
    last_day      DATE         NOT NULL,
    note          VARCHAR(200) NULL,
    PRIMARY KEY (id),
    INDEX ix_pa_time_away_profile (pa_profile_id, last_day),
    CONSTRAINT fk_pa_time_away_profile FOREIGN KEY (pa_profile_id) REFERENCES pa_profile (id) ON DELETE CASCADE,
    CONSTRAINT ck_pa_time_away_order CHECK (last_day >= first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One photo per profile, already resized and stripped of metadata by the application.
CREATE TABLE pa_photo (
    pa_profile_id BIGINT      NOT NULL,
    content_type  VARCHAR(20) NOT NULL,
    image         MEDIUMBLOB  NOT NULL,
    uploaded_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (pa_profile_id),
    CONSTRAINT fk_pa_photo_profile FOREIGN KEY (pa_profile_id) REFERENCES pa_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
