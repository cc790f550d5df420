package care.circles.payments.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.PayOut;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.JournalEntry;
import care.circles.payments.ledger.LedgerCheck;
import care.circles.payments.ledger.NewEntry;
import care.circles.payments.ledger.Posting;
import care.circles.payments.payee.Payee;

/**
 * Property-style: 2,000 random money commands (a fixed seed, so a failure repeats) against the
 * real database, checking after each that the ledger still agrees with a simple model of it.
 */
class LedgerInvariantsIT {

    private static final int COMMANDS = 2_000;
    private static final long SEED = 20250303L;

    private final PaymentsWorld world = new PaymentsWorld(TestClock.at("2025-03-03T09:00:00Z"));
    private final Random random = new Random(SEED);
    private final Map<Long, Long> expected = new HashMap<>();
    private final List<NewEntry> posted = new ArrayList<>();
    private final List<JournalEntry> reversible = new ArrayList<>();
    private final List<Long> peoplesAccounts = new ArrayList<>();
    private OneConnection db;

    @Test
    void randomCommandsNeverUnbalanceTheLedgerNorOverdrawWithoutAFlag() throws Exception {
        try (OneConnection connection = new OneConnection()) {
            db = connection;
            runCommands();
        }
    }

    private void runCommands() throws Exception {
        List<DirectPaymentAccount> accounts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            accounts.add(world.accountHolding(Money.ZERO));
        }
        List<Payee> payees = List.of(world.payee(), world.payee(), world.payee());
        long funding = db.tx(c -> world.directPayments.councilFunding(c).id());
        long stripe = db.tx(c -> world.ledger.platformAccount(c, AccountKind.STRIPE_BALANCE).id());
        expected.put(funding, db.tx(c -> world.ledger.balance(c, funding)).pence());
        expected.put(stripe, db.tx(c -> world.ledger.balance(c, stripe)).pence());
        accounts.forEach(a -> expected.put(a.ledgerAccountId(), 0L));
        payees.forEach(p -> expected.put(p.ledgerAccountId(), 0L));
        accounts.forEach(a -> peoplesAccounts.add(a.ledgerAccountId()));
        payees.forEach(p -> peoplesAccounts.add(p.ledgerAccountId()));

        for (int n = 0; n < COMMANDS; n++) {
            DirectPaymentAccount account = accounts.get(random.nextInt(accounts.size()));
            Money amount = Money.ofPence(1 + random.nextInt(40_000));
            String key = "prop:" + SEED + ":" + account.id() + ":" + n;
            int command = random.nextInt(100);
            if (command < 25) {
                record(db.tx(c -> world.directPayments.loadOneOff(c, account.id(), amount, "Load " + key, key, 1L)));
            } else if (command < 50) {
                Payee payee = payees.get(random.nextInt(payees.size()));
                payOut(account, payee, amount, key);
            } else if (command < 62) {
                // A card capture that bypassed the card's controls: posted whatever the balance.
                captureBypassingControls(account, stripe, amount, key);
            } else if (command < 70) {
                record(db.tx(c -> world.ledger.post(c, NewEntry.transfer(key, EntryReason.CARD_REFUND,
                        "Refund " + key, null, null, stripe, account.ledgerAccountId(), amount))));
            } else if (command < 80) {
                clawback(account, amount, key);
            } else if (command < 90 && !reversible.isEmpty()) {
                JournalEntry original = reversible.remove(random.nextInt(reversible.size()));
                JournalEntry reversal = db.tx(c -> world.ledger.reverse(c, original.id(), "undo:" + key,
                        "Correction " + key, 2L));
                apply(reversal.postings());
                assertOverdraftFlaggedIfNegative(reversal);
            } else if (!posted.isEmpty()) {
                // A retry of an earlier command: changes nothing.
                NewEntry again = posted.get(random.nextInt(posted.size()));
                db.tx(c -> world.ledger.post(c, again));
            }
            assertBalancesMatchTheModel();
            if (n % 250 == 0) {
                assertLedgerIsSound();
            }
        }
        assertLedgerIsSound();
    }

    private void payOut(DirectPaymentAccount account, Payee payee, Money amount, String key) throws Exception {
        long entriesBefore = db.count("SELECT COUNT(*) FROM journal_entry");
        SpendResult result = db.tx(c -> world.directPayments.payOut(c,
                new PayOut(account.id(), payee, amount, "Pay " + key, key, 1L)));
        long balance = expected.get(account.ledgerAccountId());
        if (amount.pence() > balance) {
            SpendResult.Refused refused = assertInstanceOf(SpendResult.Refused.class, result);
            assertEquals(amount.pence() - balance, refused.shortBy().pence());
            assertEquals(entriesBefore, db.count("SELECT COUNT(*) FROM journal_entry"), "a refusal posts nothing");
        } else {
            JournalEntry entry = assertInstanceOf(SpendResult.Posted.class, result).entry();
            assertFalse(entry.isOverdraft(), "a payment out never overdraws");
            record(entry);
        }
    }

    private void clawback(DirectPaymentAccount account, Money amount, String key) throws Exception {
        SpendResult result = db.tx(c -> world.audit.clawback(c, account.id(), amount, "Surplus " + key, 3L, key));
        if (result instanceof SpendResult.Posted reclaimed) {
            assertFalse(reclaimed.entry().isOverdraft(), "a clawback never overdraws");
            record(reclaimed.entry());
        } else {
            assertTrue(amount.pence() > expected.get(account.ledgerAccountId()));
        }
    }

    private void captureBypassingControls(DirectPaymentAccount account, long stripe, Money amount, String key)
            throws Exception {
        JournalEntry entry = db.tx(c -> world.ledger.post(c, NewEntry.transfer(key, EntryReason.CARD_CAPTURE,
                "Capture " + key, null, null, account.ledgerAccountId(), stripe, amount)));
        record(entry);
        assertEquals(expected.get(account.ledgerAccountId()) < 0, entry.isOverdraft(),
                "a capture is flagged exactly when it leaves the account below zero");
    }

    private void record(JournalEntry entry) {
        posted.add(new NewEntry(entry.idempotencyKey(), entry.reason(), entry.description(), entry.actorAccountId(),
                entry.externalReference(), entry.postings()));
        reversible.add(entry);
        apply(entry.postings());
    }

    private void apply(List<Posting> postings) {
        long sum = 0;
        for (Posting posting : postings) {
            expected.merge(posting.accountId(), posting.amount().pence(), Long::sum);
            sum += posting.amount().pence();
        }
        assertEquals(0, sum, "every entry's postings sum to zero");
    }

    private void assertOverdraftFlaggedIfNegative(JournalEntry entry) throws Exception {
        for (Posting posting : entry.postings()) {
            if (peoplesAccounts.contains(posting.accountId()) && posting.amount().isNegative() && expected.get(posting.accountId()) < 0) {
                assertTrue(entry.overdrawnAccountIds().contains(posting.accountId()));
            }
        }
    }

    /** Kept balance and sum of postings of every person's account, against the model. */
    private void assertBalancesMatchTheModel() throws Exception {
        String ids = String.join(",", peoplesAccounts.stream().map(String::valueOf).toList());
        Map<Long, long[]> actual = new HashMap<>();
        db.tx(connection -> {
            try (var select = connection.prepareStatement("SELECT a.id, a.balance_pence, COALESCE(SUM(p.amount_pence), 0)"
                    + " FROM ledger_account a LEFT JOIN posting p ON p.ledger_account_id = a.id"
                    + " WHERE a.id IN (" + ids + ") GROUP BY a.id, a.balance_pence");
                 var rows = select.executeQuery()) {
                while (rows.next()) {
                    actual.put(rows.getLong(1), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
            return null;
        });
        for (long account : peoplesAccounts) {
            long model = expected.get(account);
            assertEquals(model, actual.get(account)[0], "kept balance of account " + account);
            assertEquals(model, actual.get(account)[1], "sum of postings of account " + account);
            if (model < 0) {
                assertTrue(db.count("SELECT COUNT(*) FROM ledger_overdraft WHERE ledger_account_id = ?", account) > 0,
                        "a person's account below zero has a flagged overdraft");
            }
        }
    }

    private void assertLedgerIsSound() throws Exception {
        LedgerCheck check = db.tx(world.ledger::check);
        assertTrue(check.isSound(), () -> "ledger check: " + check);
    }
}
