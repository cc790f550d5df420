-- A refund of a card purchase takes off the care meter what that purchase counted toward the cap
-- (no more than it counted), as a line of its own that names the purchase line it refunds.
-- The care account stays append-only: the purchase line is never changed.
ALTER TABLE care_account_entry DROP CONSTRAINT ck_care_account_entry_kind;
ALTER TABLE care_account_entry ADD CONSTRAINT ck_care_account_entry_kind
    CHECK (kind IN ('SPEND', 'ADJUSTMENT', 'REFUND'));

ALTER TABLE care_account_entry ADD COLUMN refunds_entry_id BIGINT NULL;
ALTER TABLE care_account_entry ADD CONSTRAINT fk_care_account_entry_refunds
    FOREIGN KEY (refunds_entry_id) REFERENCES care_account_entry (id);
