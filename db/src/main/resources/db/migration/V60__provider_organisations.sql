-- What an organisation tells the council and the public when it registers: its legal name, its
-- type (micro-providers have 8 or fewer full-time equivalent workers), contact details, CQC
-- registration where it gives regulated personal care, and its size. Rows from before keep
-- their meaning: the old `kind` column stays as the organisation's main line of work.
ALTER TABLE provider
    ADD COLUMN legal_name              VARCHAR(160) NULL,
    ADD COLUMN organisation_type       VARCHAR(20)  NOT NULL DEFAULT 'MICRO_PROVIDER',
    ADD COLUMN contact_email           VARCHAR(254) NULL,
    ADD COLUMN contact_phone           VARCHAR(30)  NULL,
    ADD COLUMN website                 VARCHAR(200) NULL,
    ADD COLUMN regulated_personal_care BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN cqc_number              VARCHAR(20)  NULL,
    ADD COLUMN staff_count             INT          NULL,
    ADD COLUMN full_time_equivalent    DECIMAL(5, 1) NULL,
    ADD COLUMN updated_at              DATETIME(6)  NULL,
    ADD COLUMN version                 BIGINT       NOT NULL DEFAULT 0;

UPDATE provider SET legal_name = name,
    organisation_type = CASE kind WHEN 'DAY_OPPORTUNITIES' THEN 'COMMUNITY_GROUP'
                                  WHEN 'ISF_BROKER' THEN 'LARGER_PROVIDER'
                                  ELSE 'MICRO_PROVIDER' END;

ALTER TABLE provider
    ADD CONSTRAINT ck_provider_organisation_type CHECK (organisation_type IN ('MICRO_PROVIDER', 'LARGER_PROVIDER', 'COMMUNITY_GROUP')),
    ADD CONSTRAINT ck_provider_staff_count CHECK (staff_count IS NULL OR staff_count >= 0),
    ADD CONSTRAINT ck_provider_fte CHECK (full_time_equivalent IS NULL OR full_time_equivalent >= 0);

-- Kinds of day opportunity an organisation can offer besides the support types PAs offer.
-- The council edits this list; codes never change once used, retired ones stay readable.
CREATE TABLE provider_activity_type (
    code       VARCHAR(40)  NOT NULL,
    label      VARCHAR(80)  NOT NULL,
    hint       VARCHAR(200) NULL,
    position   INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT uq_provider_activity_type_label UNIQUE (label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO provider_activity_type (code, label, hint, position, active, updated_at) VALUES
    ('DAY_CENTRE', 'Day centre', 'A building to spend the day, with care on hand', 10, TRUE, '2026-11-25 00:00:00'),
    ('CLUBS_AND_SOCIAL', 'Clubs and social groups', 'Lunch clubs, friendship groups, coffee mornings', 20, TRUE, '2026-11-25 00:00:00'),
    ('ARTS_AND_MUSIC', 'Arts, crafts and music', NULL, 30, TRUE, '2026-11-25 00:00:00'),
    ('SPORT_AND_EXERCISE', 'Sport and exercise', 'Walking groups, swimming, chair exercise', 40, TRUE, '2026-11-25 00:00:00'),
    ('GARDENING_AND_OUTDOORS', 'Gardening and outdoors', NULL, 50, TRUE, '2026-11-25 00:00:00'),
    ('LEARNING_AND_SKILLS', 'Learning and skills', 'Cooking, money, computers, travel training', 60, TRUE, '2026-11-25 00:00:00'),
    ('WORK_AND_VOLUNTEERING', 'Work and volunteering', 'Work placements and volunteering', 70, TRUE, '2026-11-25 00:00:00'),
    ('CARERS_BREAKS', 'Short breaks for carers', 'Time off for family carers', 80, TRUE, '2026-11-25 00:00:00'),
    ('INFORMATION_AND_ADVICE', 'Information and advice', NULL, 90, TRUE, '2026-11-25 00:00:00');

-- What an organisation offers: kinds of support (the council's support taxonomy) and day activities.
CREATE TABLE provider_support (
    provider_id  BIGINT      NOT NULL,
    support_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (provider_id, support_code),
    CONSTRAINT fk_provider_support_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_provider_support_type FOREIGN KEY (support_code) REFERENCES support_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_activity (
    provider_id   BIGINT      NOT NULL,
    activity_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (provider_id, activity_code),
    CONSTRAINT fk_provider_activity_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_provider_activity_type FOREIGN KEY (activity_code) REFERENCES provider_activity_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The towns and postcode districts an organisation serves, as the provider typed them, each
-- pointing at the gazetteer place it stands for (a district points at its town).
CREATE TABLE provider_area (
    provider_id BIGINT      NOT NULL,
    area_name   VARCHAR(80) NOT NULL,
    place_id    BIGINT      NOT NULL,
    PRIMARY KEY (provider_id, area_name),
    CONSTRAINT fk_provider_area_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE,
    CONSTRAINT fk_provider_area_place FOREIGN KEY (place_id) REFERENCES place (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who works for an organisation on Circles. An account belongs to one organisation at most.
-- Owners manage the organisation and its colleagues; staff help with applications and ISFs.
CREATE TABLE provider_member (
    provider_id  BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    member_role  VARCHAR(8)  NOT NULL,
    joined_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id),
    INDEX ix_provider_member_provider (provider_id),
    CONSTRAINT fk_provider_member_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_provider_member_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_provider_member_role CHECK (member_role IN ('OWNER', 'STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO provider_member (provider_id, account_id, member_role, joined_at)
    SELECT id, account_id, 'OWNER', created_at FROM provider WHERE account_id IS NOT NULL;

-- An owner's invitation to a colleague. Only a hash of the link's secret is kept.
CREATE TABLE provider_invitation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id         BIGINT       NOT NULL,
    email               VARCHAR(254) NOT NULL,
    member_role         VARCHAR(8)   NOT NULL,
    token_sha256        CHAR(64)     NOT NULL,
    invited_by          BIGINT       NOT NULL,
    invited_at          DATETIME(6)  NOT NULL,
    expires_at          DATETIME(6)  NOT NULL,
    accepted_at         DATETIME(6)  NULL,
    accepted_account_id BIGINT       NULL,
    cancelled_at        DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_provider_invitation_token UNIQUE (token_sha256),
    INDEX ix_provider_invitation_provider (provider_id, invited_at),
    CONSTRAINT fk_provider_invitation_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_provider_invitation_by FOREIGN KEY (invited_by) REFERENCES account (id),
    CONSTRAINT fk_provider_invitation_account FOREIGN KEY (accepted_account_id) REFERENCES account (id),
    CONSTRAINT ck_provider_invitation_role CHECK (member_role IN ('OWNER', 'STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
