-- Bank holidays in England and Wales, which session schedules can skip. The council adds
-- later years (or a one-off holiday) as rows; the application reads the table at start-up.
CREATE TABLE bank_holiday (
    holiday_date DATE        NOT NULL,
    name         VARCHAR(80) NOT NULL,
    PRIMARY KEY (holiday_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO bank_holiday (holiday_date, name) VALUES
    ('2026-01-01', 'New Year''s Day'),
    ('2026-04-03', 'Good Friday'),
    ('2026-04-06', 'Easter Monday'),
    ('2026-05-04', 'Early May bank holiday'),
    ('2026-05-25', 'Spring bank holiday'),
    ('2026-08-31', 'Summer bank holiday'),
    ('2026-12-25', 'Christmas Day'),
    ('2026-12-28', 'Boxing Day (substitute day)'),
    ('2027-01-01', 'New Year''s Day'),
    ('2027-03-26', 'Good Friday'),
    ('2027-03-29', 'Easter Monday'),
    ('2027-05-03', 'Early May bank holiday'),
    ('2027-05-31', 'Spring bank holiday'),
    ('2027-08-30', 'Summer bank holiday'),
    ('2027-12-27', 'Christmas Day (substitute day)'),
    ('2027-12-28', 'Boxing Day (substitute day)');
