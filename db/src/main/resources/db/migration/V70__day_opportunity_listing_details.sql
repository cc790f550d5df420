-- What a provider says about a hub or a spoke beyond its name and place: the kind of activity,
-- who it suits, how it can be paid for, the building's facilities and the needs it supports.
-- A spoke may belong to a hub's network. Existing rows stay valid through the defaults.
ALTER TABLE day_opportunity
    ADD COLUMN hub_id                    BIGINT       NULL,
    ADD COLUMN category                  VARCHAR(30)  NOT NULL DEFAULT 'CLUBS_AND_SOCIAL',
    ADD COLUMN who_it_suits              VARCHAR(500) NULL,
    ADD COLUMN min_age                   INT          NULL,
    ADD COLUMN max_age                   INT          NULL,
    ADD COLUMN address                   VARCHAR(300) NULL,
    ADD COLUMN opening_times             VARCHAR(500) NULL,
    ADD COLUMN transport                 VARCHAR(500) NULL,
    ADD COLUMN cancellation_notice_hours INT          NOT NULL DEFAULT 24,
    ADD COLUMN updated_at                DATETIME(6)  NULL,
    ADD COLUMN withdrawn_at              DATETIME(6)  NULL,
    ADD COLUMN version                   BIGINT       NOT NULL DEFAULT 0,
    ADD CONSTRAINT fk_day_opportunity_hub FOREIGN KEY (hub_id) REFERENCES day_opportunity (id),
    ADD CONSTRAINT ck_day_opportunity_category CHECK (category IN ('DAY_SERVICES', 'CARERS_BREAKS',
        'INFORMATION_AND_ADVICE', 'ARTS_AND_CRAFTS', 'MUSIC_DRAMA_AND_DANCE', 'SPORT_AND_EXERCISE',
        'OUTDOORS_AND_GARDENING', 'FOOD_AND_COOKING', 'LEARNING_AND_SKILLS', 'WORK_AND_VOLUNTEERING',
        'CLUBS_AND_SOCIAL')),
    ADD CONSTRAINT ck_day_opportunity_ages CHECK ((min_age IS NULL OR min_age BETWEEN 0 AND 120)
        AND (max_age IS NULL OR max_age BETWEEN 0 AND 120)
        AND (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)),
    ADD CONSTRAINT ck_day_opportunity_notice CHECK (cancellation_notice_hours BETWEEN 0 AND 336);

UPDATE day_opportunity SET category = 'DAY_SERVICES' WHERE kind = 'HUB';

CREATE TABLE day_opportunity_facility (
    day_opportunity_id BIGINT      NOT NULL,
    facility           VARCHAR(30) NOT NULL,
    PRIMARY KEY (day_opportunity_id, facility),
    CONSTRAINT fk_day_opportunity_facility FOREIGN KEY (day_opportunity_id) REFERENCES day_opportunity (id),
    CONSTRAINT ck_day_opportunity_facility CHECK (facility IN ('CHANGING_PLACES_TOILET', 'HOIST', 'SENSORY_ROOM',
        'PARKING', 'STEP_FREE_ACCESS', 'HEARING_LOOP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE day_opportunity_need (
    day_opportunity_id BIGINT      NOT NULL,
    need               VARCHAR(30) NOT NULL,
    PRIMARY KEY (day_opportunity_id, need),
    CONSTRAINT fk_day_opportunity_need FOREIGN KEY (day_opportunity_id) REFERENCES day_opportunity (id),
    CONSTRAINT ck_day_opportunity_need CHECK (need IN ('LEARNING_DISABILITY', 'AUTISM', 'DEMENTIA',
        'PHYSICAL_DISABILITY', 'SENSORY_IMPAIRMENT', 'MENTAL_HEALTH', 'COMPLEX_NEEDS', 'OLDER_PEOPLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How a place can be paid for: from a direct payment, an ISF, the person's own money, or
-- commissioned by the council (nothing to pay).
CREATE TABLE day_opportunity_funding (
    day_opportunity_id BIGINT      NOT NULL,
    funding            VARCHAR(30) NOT NULL,
    PRIMARY KEY (day_opportunity_id, funding),
    CONSTRAINT fk_day_opportunity_funding FOREIGN KEY (day_opportunity_id) REFERENCES day_opportunity (id),
    CONSTRAINT ck_day_opportunity_funding CHECK (funding IN ('DIRECT_PAYMENT', 'ISF', 'SELF_FUNDED',
        'COUNCIL_COMMISSIONED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Paid places listed before this migration could be paid from a direct payment or by the person.
INSERT INTO day_opportunity_funding (day_opportunity_id, funding)
SELECT id, 'DIRECT_PAYMENT' FROM day_opportunity WHERE price_pence > 0;
INSERT INTO day_opportunity_funding (day_opportunity_id, funding)
SELECT id, 'SELF_FUNDED' FROM day_opportunity WHERE price_pence > 0;
