CREATE TABLE pa_profile (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    account_id        BIGINT        NOT NULL,
    display_name      VARCHAR(80)   NOT NULL,
    place_id          BIGINT        NOT NULL,
    hourly_rate_pence INT           NOT NULL,
    about_me          VARCHAR(2000) NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    published_at      DATETIME(6)   NULL,
    updated_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_pa_profile_account UNIQUE (account_id),
    CONSTRAINT fk_pa_profile_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_pa_profile_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_pa_profile_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    CONSTRAINT ck_pa_profile_rate CHECK (hourly_rate_pence > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pa_profile_skill (
    pa_profile_id BIGINT      NOT NULL,
    skill         VARCHAR(40) NOT NULL,
    PRIMARY KEY (pa_profile_id, skill),
    CONSTRAINT fk_pa_profile_skill_profile FOREIGN KEY (pa_profile_id) REFERENCES pa_profile (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
