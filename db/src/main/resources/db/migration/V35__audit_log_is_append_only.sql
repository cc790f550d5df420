-- The audit log is evidence: once written, a record is never changed or removed, whoever asks.
-- The application only ever inserts; these triggers refuse anything else, including a hand-typed
-- statement on the database. (Creating triggers with binary logging on needs the migration user to
-- be trusted: see README, "Production".)
CREATE TRIGGER audit_event_never_changed BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only: a record cannot be changed';

CREATE TRIGGER audit_event_never_removed BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log is append-only: a record cannot be removed';
