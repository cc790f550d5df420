-- A PA may delete their profile (or have their data erased) while people have them on a
-- shortlist: the shortlist entries go with the profile instead of blocking the deletion.
ALTER TABLE shortlist_entry DROP FOREIGN KEY fk_shortlist_entry_profile;
ALTER TABLE shortlist_entry
    ADD CONSTRAINT fk_shortlist_entry_profile FOREIGN KEY (pa_profile_id) REFERENCES pa_profile (id) ON DELETE CASCADE;
