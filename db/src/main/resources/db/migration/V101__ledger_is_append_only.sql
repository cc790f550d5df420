-- The ledger is a record of what happened to money: a journal entry, its postings, an overdraft
-- flag and a care account line are never changed or removed once written (a mistake is
-- corrected by a reversing entry or a council adjustment that names it). The code only ever
-- inserts; these triggers refuse anything else, including a hand-typed statement on the database.
-- A ledger account's cached balance and its name (pseudonymised on erasure) may still change.
-- (Creating triggers with binary logging on needs the migration user to be trusted: see README.)
CREATE TRIGGER journal_entry_never_changed BEFORE UPDATE ON journal_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The ledger is append-only: a journal entry cannot be changed; post a reversal';

CREATE TRIGGER journal_entry_never_removed BEFORE DELETE ON journal_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The ledger is append-only: a journal entry cannot be removed; post a reversal';

CREATE TRIGGER posting_never_changed BEFORE UPDATE ON posting FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The ledger is append-only: a posting cannot be changed; post a reversal';

CREATE TRIGGER posting_never_removed BEFORE DELETE ON posting FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The ledger is append-only: a posting cannot be removed; post a reversal';

CREATE TRIGGER ledger_overdraft_never_changed BEFORE UPDATE ON ledger_overdraft FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The ledger is append-only: an overdraft flag cannot be changed';

CREATE TRIGGER ledger_overdraft_never_removed BEFORE DELETE ON ledger_overdraft FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The ledger is append-only: an overdraft flag cannot be removed';

CREATE TRIGGER care_account_entry_never_changed BEFORE UPDATE ON care_account_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The care account is append-only: a line cannot be changed; adjust it';

CREATE TRIGGER care_account_entry_never_removed BEFORE DELETE ON care_account_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The care account is append-only: a line cannot be removed; adjust it';
