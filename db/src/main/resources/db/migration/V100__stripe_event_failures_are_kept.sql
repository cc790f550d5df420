-- A Stripe event is committed as received before it is processed. When processing fails (its
-- transaction rolled back), the event stays stored as FAILED with the error, and is retried.
ALTER TABLE stripe_event ADD COLUMN last_error VARCHAR(1000) NULL;
ALTER TABLE stripe_event DROP CONSTRAINT ck_stripe_event_status;
ALTER TABLE stripe_event ADD CONSTRAINT ck_stripe_event_status
    CHECK (status IN ('RECEIVED', 'PROCESSED', 'DEFERRED', 'FAILED', 'IGNORED'));
