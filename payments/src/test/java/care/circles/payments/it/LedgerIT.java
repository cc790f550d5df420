package care.circles.payments.it;

import static care.circles.payments.it.PaymentsDatabase.count;
import static care.circles.payments.it.PaymentsDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.payments.Transactions;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.IdempotencyKeyReusedException;
import care.circles.payments.ledger.JournalEntry;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.LedgerAccount;
import care.circles.payments.ledger.NewEntry;
import care.circles.payments.ledger.Owner;

class LedgerIT {

    private final TestClock clock = TestClock.at("2025-03-03T09:00:00Z");
    private final Ledger ledger = new Ledger(clock);

    private LedgerAccount account(AccountKind kind) throws Exception {
        long owner = PaymentsDatabase.newId();
        return inTransaction(c -> ledger.openAccount(c, kind, Owner.person(owner), "Account " + owner));
    }

    private static NewEntry move(String key, LedgerAccount from, LedgerAccount to, long pence) {
        return NewEntry.transfer(key, EntryReason.ONE_OFF_LOAD, "Test movement", 7L, null, from.id(), to.id(),
                Money.ofPence(pence));
    }

    @Test
    void postingTheSameKeyTwicePostsOnceAndReturnsTheFirstEntry() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        String key = "same-key:" + dp.id();

        JournalEntry first = inTransaction(c -> ledger.post(c, move(key, funding, dp, 5000)));
        JournalEntry second = inTransaction(c -> ledger.post(c, move(key, funding, dp, 5000)));

        assertEquals(first.id(), second.id());
        assertEquals(Money.ofPence(5000), inTransaction(c -> ledger.balance(c, dp.id())));
        assertEquals(2, count("SELECT COUNT(*) FROM posting p JOIN journal_entry e ON e.id = p.journal_entry_id"
                + " WHERE e.idempotency_key = ?", key));
    }

    @Test
    void refusesAKeyReusedForDifferentPostings() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        String key = "reused:" + dp.id();
        inTransaction(c -> ledger.post(c, move(key, funding, dp, 5000)));

        assertThrows(IdempotencyKeyReusedException.class,
                () -> inTransaction(c -> ledger.post(c, move(key, funding, dp, 4999))));
        assertEquals(Money.ofPence(5000), inTransaction(c -> ledger.balance(c, dp.id())));
    }

    @Test
    void twoThreadsPostingTheSameKeyAtOnceRecordOneEntryAndBothGetIt() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        String key = "race:" + dp.id();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String roundKey = key + ":" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JournalEntry>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    results.add(threads.submit(() -> {
                        start.await();
                        return inTransaction(c -> ledger.post(c, move(roundKey, funding, dp, 100)));
                    }));
                }
                start.countDown();
                long first = results.get(0).get(30, TimeUnit.SECONDS).id();
                long second = results.get(1).get(30, TimeUnit.SECONDS).id();
                assertEquals(first, second, "both threads get the one entry");
                assertEquals(1, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", roundKey));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(Money.ofPence(500), inTransaction(c -> ledger.balance(c, dp.id())));
    }

    @Test
    void aReversalPostsEveryLegTheOtherWayAndNamesTheOriginal() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        JournalEntry original = inTransaction(c -> ledger.post(c, move("wrong:" + dp.id(), funding, dp, 2500)));

        JournalEntry reversal = inTransaction(c -> ledger.reverse(c, original.id(), "undo:" + dp.id(),
                "Loaded to the wrong person", 9L));

        assertEquals(original.id(), reversal.reversesEntryId());
        assertEquals(EntryReason.REVERSAL, reversal.reason());
        assertEquals(Money.ZERO, inTransaction(c -> ledger.balance(c, dp.id())));
        assertEquals(2, count("SELECT COUNT(*) FROM journal_entry WHERE id IN (?, ?)", original.id(), reversal.id()),
                "the original stays in the ledger");
    }

    @Test
    void anEntryIsReversedAtMostOnce() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        JournalEntry original = inTransaction(c -> ledger.post(c, move("once:" + dp.id(), funding, dp, 2500)));
        inTransaction(c -> ledger.reverse(c, original.id(), "undo-1:" + dp.id(), "Mistake", 9L));

        assertThrows(IllegalStateException.class,
                () -> inTransaction(c -> ledger.reverse(c, original.id(), "undo-2:" + dp.id(), "Mistake again", 9L)));
        assertEquals(Money.ZERO, inTransaction(c -> ledger.balance(c, dp.id())));
    }

    @Test
    void flagsAnEntryThatTakesAPersonsAccountBelowZero() throws Exception {
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        LedgerAccount stripe = account(AccountKind.STRIPE_BALANCE);

        JournalEntry overdrawing = inTransaction(c -> ledger.post(c, move("over:" + dp.id(), dp, stripe, 320)));

        assertTrue(overdrawing.isOverdraft());
        assertEquals(Money.ofPence(-320), inTransaction(c -> ledger.overdrafts(c, dp.id())).get(0).balanceAfter());
    }

    @Test
    void refusesToWriteOnAConnectionThatCommitsEveryStatement() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        try (Connection autoCommit = PaymentsDatabase.dataSource().getConnection()) {
            autoCommit.setAutoCommit(true);
            assertThrows(IllegalStateException.class, () -> ledger.post(autoCommit, move("auto:" + dp.id(), funding, dp, 1)));
        }
        assertEquals(0, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "auto:" + dp.id()));
    }

    @Test
    void leavesCommitAndRollbackToTheCaller() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        try (Connection connection = PaymentsDatabase.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            ledger.post(connection, move("rolled-back:" + dp.id(), funding, dp, 700));
            connection.rollback();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "rolled-back:" + dp.id()));
        assertEquals(Money.ZERO, Transactions.inLocalTransaction(PaymentsDatabase.dataSource(),
                c -> ledger.balance(c, dp.id())));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveEntriesPostingsAndOverdraftFlagsWhoeverAsks() throws Exception {
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        LedgerAccount stripe = account(AccountKind.STRIPE_BALANCE);
        long entry = inTransaction(c -> ledger.post(c, move("kept:" + dp.id(), dp, stripe, 320))).id();

        for (String change : List.of(
                "UPDATE journal_entry SET description = 'Changed' WHERE id = " + entry,
                "DELETE FROM journal_entry WHERE id = " + entry,
                "UPDATE posting SET amount_pence = amount_pence * 2 WHERE journal_entry_id = " + entry,
                "DELETE FROM posting WHERE journal_entry_id = " + entry,
                "UPDATE ledger_overdraft SET balance_after_pence = 0 WHERE journal_entry_id = " + entry,
                "DELETE FROM ledger_overdraft WHERE journal_entry_id = " + entry)) {
            SQLException refused = assertThrows(SQLException.class, () -> PaymentsDatabase.execute(change), change);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }

        assertEquals(1, count("SELECT COUNT(*) FROM journal_entry WHERE id = ? AND description = 'Test movement'", entry));
        assertEquals(2, count("SELECT COUNT(*) FROM posting WHERE journal_entry_id = ? AND ABS(amount_pence) = 320", entry));
        assertEquals(1, count("SELECT COUNT(*) FROM ledger_overdraft WHERE journal_entry_id = ? AND balance_after_pence = -320",
                entry));
    }

    @Test
    void whatAnAccountMayChangeStillChangesAndAMistakeIsCorrectedByReversal() throws Exception {
        LedgerAccount funding = account(AccountKind.COUNCIL_FUNDING);
        LedgerAccount dp = account(AccountKind.DP_ACCOUNT);
        JournalEntry wrong = inTransaction(c -> ledger.post(c, move("fix:" + dp.id(), funding, dp, 900)));

        inTransaction(c -> {
            ledger.renameAccount(c, dp.id(), "Direct payment: Former holder " + dp.id()); // erasure's pseudonym
            return ledger.reverse(c, wrong.id(), "unfix:" + dp.id(), "Paid to the wrong person", 9L);
        });

        assertEquals(Money.ZERO, inTransaction(c -> ledger.balance(c, dp.id())), "the cached balance followed");
        assertEquals(1, count("SELECT COUNT(*) FROM ledger_account WHERE id = ? AND name LIKE 'Direct payment: Former%'",
                dp.id()));
        assertTrue(inTransaction(c -> ledger.check(c)).isSound());
    }
}
