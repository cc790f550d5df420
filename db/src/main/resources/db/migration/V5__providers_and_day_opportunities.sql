-- Organisations that offer care and support: micro-providers, day-opportunity providers
-- and ISF brokers. Accreditation comes in a later migration.
CREATE TABLE provider (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    account_id  BIGINT        NULL,
    name        VARCHAR(120)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    place_id    BIGINT        NOT NULL,
    description VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_provider_account UNIQUE (account_id),
    CONSTRAINT fk_provider_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_provider_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_provider_kind CHECK (kind IN ('MICRO_PROVIDER', 'DAY_OPPORTUNITIES', 'ISF_BROKER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Hubs are buildings (complex needs, carers' breaks, advice); spokes are community activities.
CREATE TABLE day_opportunity (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id    BIGINT        NOT NULL,
    kind           VARCHAR(8)    NOT NULL,
    name           VARCHAR(120)  NOT NULL,
    place_id       BIGINT        NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    capacity       INT           NOT NULL,
    price_pence    INT           NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_day_opportunity_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_day_opportunity_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_day_opportunity_kind CHECK (kind IN ('HUB', 'SPOKE')),
    CONSTRAINT ck_day_opportunity_capacity CHECK (capacity > 0),
    CONSTRAINT ck_day_opportunity_price CHECK (price_pence >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
