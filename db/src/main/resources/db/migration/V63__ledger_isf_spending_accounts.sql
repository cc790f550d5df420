-- ISF holders pay suppliers from their own bank account, outside the platform: spending from
-- an ISF moves money to the holder's ISF_SPENDING account, which records what has left.
ALTER TABLE ledger_account DROP CONSTRAINT ck_ledger_account_kind;
ALTER TABLE ledger_account ADD CONSTRAINT ck_ledger_account_kind CHECK (kind IN ('COUNCIL_FUNDING', 'DP_ACCOUNT',
    'ISF', 'ISF_SPENDING', 'PAYEE', 'PLATFORM_CLEARING', 'STRIPE_BALANCE'));
