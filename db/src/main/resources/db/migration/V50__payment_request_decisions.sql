-- What became of a payment request after it was raised: the kind of care it pays for (which
-- decides whether it counts toward the person's care account), the payer's reason when they
-- refuse it, the Stripe transfer that pays it (the webhook settles the transfer, and with it
-- the request, to PAID), and why an automatic payment is still waiting (not enough money, a
-- payee without a Stripe account).
ALTER TABLE payment_request
    ADD COLUMN care_category      VARCHAR(60)  NULL,
    ADD COLUMN refusal_reason     VARCHAR(500) NULL,
    ADD COLUMN stripe_transfer_id BIGINT       NULL,
    ADD COLUMN paid_at            DATETIME(6)  NULL,
    ADD COLUMN waiting_reason     VARCHAR(300) NULL,
    ADD CONSTRAINT fk_payment_request_transfer FOREIGN KEY (stripe_transfer_id) REFERENCES stripe_transfer (id);

-- The webhook marks paid the requests whose transfer Stripe confirmed: few are ever PAYING.
CREATE INDEX ix_payment_request_status ON payment_request (status, stripe_transfer_id);
