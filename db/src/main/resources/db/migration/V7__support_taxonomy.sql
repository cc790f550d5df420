-- The kinds of support people look for, editable by the council. Codes never change once used;
-- a type that is no longer offered is made inactive, not deleted, so old records still read.
CREATE TABLE support_type (
    code          VARCHAR(40)  NOT NULL,
    label         VARCHAR(80)  NOT NULL,
    hint          VARCHAR(200) NULL,
    position      INT          NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    -- Only PAs whose identity and enhanced DBS check the council has verified may offer it in search.
    needs_vetting BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (code),
    CONSTRAINT uq_support_type_label UNIQUE (label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO support_type (code, label, hint, position, active, needs_vetting, updated_at) VALUES
    ('PERSONAL_CARE', 'Personal care', 'Washing, dressing, going to the toilet', 10, TRUE, TRUE, '2026-11-25 00:00:00'),
    ('MEDICATION_SUPPORT', 'Medication support', 'Reminders and help taking medicines', 20, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('MEALS', 'Meals and cooking', 'Shopping, cooking, help with eating', 30, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('COMPANIONSHIP', 'Companionship', 'Company, conversation, hobbies', 40, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('OUT_AND_ABOUT', 'Getting out and about', 'Appointments, shops, clubs, days out', 50, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('DEMENTIA', 'Dementia', NULL, 60, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('LEARNING_DISABILITY', 'Learning disability', NULL, 70, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('AUTISM', 'Autism', NULL, 80, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('MENTAL_HEALTH', 'Mental health', NULL, 90, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('PHYSICAL_DISABILITY', 'Physical disability', NULL, 100, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('SENSORY_IMPAIRMENT', 'Sensory impairment', 'Sight or hearing loss', 110, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('MOVING_AND_HANDLING', 'Moving and handling', 'Safe help to move, including hoists', 120, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('DRIVING', 'Driving', 'Taking people out in a car', 130, TRUE, FALSE, '2026-11-25 00:00:00'),
    ('HOUSEHOLD_TASKS', 'Household tasks', 'Cleaning, laundry, paperwork', 140, TRUE, FALSE, '2026-11-25 00:00:00');

ALTER TABLE pa_profile_skill
    ADD CONSTRAINT fk_pa_profile_skill_type FOREIGN KEY (skill) REFERENCES support_type (code);
