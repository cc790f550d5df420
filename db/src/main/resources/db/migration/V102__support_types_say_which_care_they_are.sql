-- Which care-account category a kind of support is, so a PA timesheet counts toward the care cap
-- by what the agreement says the PA does. Data, not code: a council that edits its support
-- taxonomy sets this too. NULL: the type says who a PA supports (dementia, autism…), not what
-- they do, so it decides nothing. Whether a category counts is the council's setting
-- CARE_ELIGIBLE_CATEGORIES; by default personal-care and home-care count, companionship,
-- social-activities and transport do not.
ALTER TABLE support_type ADD COLUMN care_category VARCHAR(60) NULL;

UPDATE support_type SET care_category = 'personal-care'
    WHERE code IN ('PERSONAL_CARE', 'MEDICATION_SUPPORT', 'MOVING_AND_HANDLING');
UPDATE support_type SET care_category = 'home-care' WHERE code IN ('MEALS', 'HOUSEHOLD_TASKS');
UPDATE support_type SET care_category = 'companionship' WHERE code = 'COMPANIONSHIP';
UPDATE support_type SET care_category = 'social-activities' WHERE code = 'OUT_AND_ABOUT';
UPDATE support_type SET care_category = 'transport' WHERE code = 'DRIVING';
