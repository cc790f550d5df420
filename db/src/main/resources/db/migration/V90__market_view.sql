-- The council's market view: where in the county direct payments and ISFs are held, searches
-- that found nothing near a place, and a monthly snapshot of the figures for trends.

-- Where the person lives (a gazetteer town or village), as the council records it. Optional:
-- accounts opened before this migration have none, and the market view counts them apart.
ALTER TABLE direct_payment_holder
    ADD COLUMN place_id BIGINT NULL,
    ADD CONSTRAINT fk_direct_payment_holder_place FOREIGN KEY (place_id) REFERENCES place (id);

ALTER TABLE isf
    ADD COLUMN place_id BIGINT NULL,
    ADD CONSTRAINT fk_isf_place FOREIGN KEY (place_id) REFERENCES place (id);

-- Searches for PAs or day opportunities near a place that found nothing, counted per place and
-- month. Anonymous by design: no account, no words searched, no address, no time of day.
CREATE TABLE market_search_miss (
    month_start DATE        NOT NULL,
    place_id    BIGINT      NOT NULL,
    search_kind VARCHAR(20) NOT NULL,
    searches    INT         NOT NULL,
    PRIMARY KEY (month_start, place_id, search_kind),
    CONSTRAINT fk_market_search_miss_place FOREIGN KEY (place_id) REFERENCES place (id),
    CONSTRAINT ck_market_search_miss_kind CHECK (search_kind IN ('PA', 'DAY_OPPORTUNITY')),
    CONSTRAINT ck_market_search_miss_count CHECK (searches > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The market figures of each locality as they stood at the last nightly run of each month.
-- locality_place_id is the town the locality is named after; 0 stands for the whole county
-- (no foreign key for that reason). value is NULL when there is nothing to measure, like the
-- median rate of a locality without PAs.
CREATE TABLE market_snapshot (
    month_start       DATE        NOT NULL,
    locality_place_id BIGINT      NOT NULL,
    measure           VARCHAR(30) NOT NULL,
    value             BIGINT      NULL,
    taken_at          DATETIME(6) NOT NULL,
    PRIMARY KEY (month_start, locality_place_id, measure),
    INDEX ix_market_snapshot_locality (locality_place_id, measure, month_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
