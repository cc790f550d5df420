-- Who holds a direct payment account, as the council recorded it when opening the account: the
-- person it is for and, when someone manages it for them, their representative; the card
-- issuer's id for them as a cardholder; and whether approved timesheets are paid without
-- asking each time (a standing approval the holder can turn off).
-- Financial records are never deleted (kept at least 7 years): when a person asks to be
-- forgotten, their names here and on their ledger accounts are replaced, and pseudonymised_at says when.
CREATE TABLE direct_payment_holder (
    direct_payment_account_id     BIGINT       NOT NULL,
    person_name                   VARCHAR(200) NOT NULL,
    representative_name           VARCHAR(200) NULL,
    issuer_cardholder_id          VARCHAR(255) NULL,
    pays_timesheets_automatically BOOLEAN      NOT NULL DEFAULT FALSE,
    pseudonymised_at              DATETIME(6)  NULL,
    PRIMARY KEY (direct_payment_account_id),
    CONSTRAINT fk_direct_payment_holder_account FOREIGN KEY (direct_payment_account_id)
        REFERENCES direct_payment_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
