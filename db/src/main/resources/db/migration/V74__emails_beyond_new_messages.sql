-- The email queue also carries other short notices (a session cancelled, a waiting-list place
-- offered): those have their own subject, words and a link within the site, and no conversation.
ALTER TABLE new_message_email
    MODIFY conversation_id BIGINT NULL,
    ADD COLUMN subject VARCHAR(200)  NULL,
    ADD COLUMN body    VARCHAR(2000) NULL,
    ADD COLUMN link    VARCHAR(300)  NULL,
    ADD CONSTRAINT ck_new_message_email_content CHECK (conversation_id IS NOT NULL
        OR (subject IS NOT NULL AND body IS NOT NULL));
