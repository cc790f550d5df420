-- An event whose processing keeps failing is tried again later each time (backing off up to an
-- hour), rather than every minute for ever. NULL: as soon as the next retry run comes.
ALTER TABLE stripe_event ADD COLUMN retry_after DATETIME(6) NULL;
