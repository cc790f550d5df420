-- What the council asks to see before it accredits an organisation, per kind of accreditation.
-- Council staff edit these lists; a retired requirement is no longer asked for but old evidence
-- against it still reads.
CREATE TABLE accreditation_requirement (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    accreditation_kind  VARCHAR(30)  NOT NULL,
    label               VARCHAR(120) NOT NULL,
    hint                VARCHAR(300) NULL,
    needs_expiry_date   BOOLEAN      NOT NULL DEFAULT FALSE,
    -- Asked only of organisations that give regulated personal care (the CQC registration).
    only_if_regulated   BOOLEAN      NOT NULL DEFAULT FALSE,
    position            INT          NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_accreditation_requirement_kind (accreditation_kind, position),
    CONSTRAINT ck_accreditation_requirement_kind CHECK (accreditation_kind IN
        ('MICRO_PROVIDER_QUALITY_MARK', 'DORSET_CARE_FRAMEWORK', 'ISF_PROVIDER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO accreditation_requirement (accreditation_kind, label, hint, needs_expiry_date, only_if_regulated, position, updated_at) VALUES
    ('MICRO_PROVIDER_QUALITY_MARK', 'Public liability insurance certificate', 'The current certificate, showing the date it ends', TRUE, FALSE, 10, '2026-11-25 00:00:00'),
    ('MICRO_PROVIDER_QUALITY_MARK', 'Safeguarding policy', 'Your policy for keeping adults safe from abuse and neglect', FALSE, FALSE, 20, '2026-11-25 00:00:00'),
    ('MICRO_PROVIDER_QUALITY_MARK', 'DBS checks for staff', 'A list of everyone who works with people, with the date and number of their enhanced DBS check', FALSE, FALSE, 30, '2026-11-25 00:00:00'),
    ('MICRO_PROVIDER_QUALITY_MARK', 'Training records', 'What training each worker has done, like the Care Certificate and first aid', FALSE, FALSE, 40, '2026-11-25 00:00:00'),
    ('MICRO_PROVIDER_QUALITY_MARK', 'Two references', 'From people who have used your service or worked with you', FALSE, FALSE, 50, '2026-11-25 00:00:00'),
    ('MICRO_PROVIDER_QUALITY_MARK', 'CQC registration', 'Your CQC registration certificate, if you give regulated personal care', FALSE, TRUE, 60, '2026-11-25 00:00:00'),
    ('DORSET_CARE_FRAMEWORK', 'Public liability insurance certificate', 'The current certificate, showing the date it ends', TRUE, FALSE, 10, '2026-11-25 00:00:00'),
    ('DORSET_CARE_FRAMEWORK', 'Employer''s liability insurance certificate', 'The current certificate, showing the date it ends', TRUE, FALSE, 20, '2026-11-25 00:00:00'),
    ('DORSET_CARE_FRAMEWORK', 'Safeguarding policy', NULL, FALSE, FALSE, 30, '2026-11-25 00:00:00'),
    ('DORSET_CARE_FRAMEWORK', 'DBS checks for staff', 'A list of everyone who works with people, with the date and number of their enhanced DBS check', FALSE, FALSE, 40, '2026-11-25 00:00:00'),
    ('DORSET_CARE_FRAMEWORK', 'Training records', NULL, FALSE, FALSE, 50, '2026-11-25 00:00:00'),
    ('DORSET_CARE_FRAMEWORK', 'Business continuity plan', 'How you keep people''s support going through staff illness, bad weather or a power cut', FALSE, FALSE, 60, '2026-11-25 00:00:00'),
    ('DORSET_CARE_FRAMEWORK', 'CQC registration', 'Your CQC registration certificate, if you give regulated personal care', FALSE, TRUE, 70, '2026-11-25 00:00:00'),
    ('ISF_PROVIDER', 'Professional indemnity insurance certificate', 'The current certificate, showing the date it ends', TRUE, FALSE, 10, '2026-11-25 00:00:00'),
    ('ISF_PROVIDER', 'Safeguarding policy', NULL, FALSE, FALSE, 20, '2026-11-25 00:00:00'),
    ('ISF_PROVIDER', 'How you keep people''s money', 'A separate client account, who can pay out of it, and how you account for it each month', FALSE, FALSE, 30, '2026-11-25 00:00:00'),
    ('ISF_PROVIDER', 'Two references', NULL, FALSE, FALSE, 40, '2026-11-25 00:00:00'),
    ('ISF_PROVIDER', 'Business continuity plan', NULL, FALSE, FALSE, 50, '2026-11-25 00:00:00');

-- One application for one kind of accreditation, and what became of it. An accreditation is
-- an application the council accredited: it runs until expires_on unless it is suspended,
-- withdrawn, or replaced by its renewal. Rows are never deleted.
CREATE TABLE accreditation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    provider_id         BIGINT        NOT NULL,
    accreditation_kind  VARCHAR(30)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    renews_id           BIGINT        NULL,
    started_at          DATETIME(6)   NOT NULL,
    started_by          BIGINT        NOT NULL,
    submitted_at        DATETIME(6)   NULL,
    decided_at          DATETIME(6)   NULL,
    decided_by          BIGINT        NULL,
    decision_reason     VARCHAR(2000) NULL,
    conditions          VARCHAR(2000) NULL,
    valid_from          DATE          NULL,
    expires_on          DATE          NULL,
    ended_at            DATETIME(6)   NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_accreditation_provider (provider_id, accreditation_kind, status),
    INDEX ix_accreditation_queue (status, submitted_at),
    INDEX ix_accreditation_expiry (status, expires_on),
    CONSTRAINT fk_accreditation_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_accreditation_renews FOREIGN KEY (renews_id) REFERENCES accreditation (id),
    CONSTRAINT fk_accreditation_started_by FOREIGN KEY (started_by) REFERENCES account (id),
    CONSTRAINT fk_accreditation_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_accreditation_kind CHECK (accreditation_kind IN
        ('MICRO_PROVIDER_QUALITY_MARK', 'DORSET_CARE_FRAMEWORK', 'ISF_PROVIDER')),
    CONSTRAINT ck_accreditation_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'INFO_REQUESTED', 'ACCREDITED',
        'REFUSED', 'SUSPENDED', 'WITHDRAWN', 'LAPSED', 'SUPERSEDED', 'CANCELLED')),
    CONSTRAINT ck_accreditation_dates CHECK (expires_on IS NULL OR valid_from IS NULL OR expires_on >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence sent for one requirement of one application. A newer file for the same requirement
-- replaces the older one (replaced_at), which stays on record.
CREATE TABLE accreditation_evidence (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    accreditation_id  BIGINT       NOT NULL,
    requirement_id    BIGINT       NOT NULL,
    file_id           BIGINT       NOT NULL,
    expires_on        DATE         NULL,
    uploaded_by       BIGINT       NOT NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    replaced_at       DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_accreditation_evidence_application (accreditation_id, requirement_id),
    CONSTRAINT uq_accreditation_evidence_file UNIQUE (file_id),
    CONSTRAINT fk_accreditation_evidence_application FOREIGN KEY (accreditation_id) REFERENCES accreditation (id),
    CONSTRAINT fk_accreditation_evidence_requirement FOREIGN KEY (requirement_id) REFERENCES accreditation_requirement (id),
    CONSTRAINT fk_accreditation_evidence_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
    CONSTRAINT fk_accreditation_evidence_by FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to an application, in the words both sides see: the council's request for more
-- information (what and why), the provider's answers, decisions, suspension and withdrawal with
-- their reasons and the provider's response. The audit log keeps the same steps for the record.
CREATE TABLE accreditation_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    accreditation_id  BIGINT        NOT NULL,
    step              VARCHAR(30)   NOT NULL,
    actor_account_id  BIGINT        NULL,
    message           VARCHAR(2000) NULL,
    occurred_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_accreditation_step_application (accreditation_id, occurred_at),
    CONSTRAINT fk_accreditation_step_application FOREIGN KEY (accreditation_id) REFERENCES accreditation (id),
    CONSTRAINT fk_accreditation_step_actor FOREIGN KEY (actor_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
