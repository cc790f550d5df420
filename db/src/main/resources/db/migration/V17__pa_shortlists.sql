-- The PAs a person is considering. Removing keeps the row (removed_at) so "Undo" puts the PA
-- back where they were in the list.
CREATE TABLE shortlist_entry (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    account_id    BIGINT      NOT NULL,
    pa_profile_id BIGINT      NOT NULL,
    added_at      DATETIME(6) NOT NULL,
    removed_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_shortlist_entry UNIQUE (account_id, pa_profile_id),
    CONSTRAINT fk_shortlist_entry_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_shortlist_entry_profile FOREIGN KEY (pa_profile_id) REFERENCES pa_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
