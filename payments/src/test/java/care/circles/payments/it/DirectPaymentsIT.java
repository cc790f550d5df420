package care.circles.payments.it;

import static care.circles.payments.it.PaymentsDatabase.count;
import static care.circles.payments.it.PaymentsDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.PayOut;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.directpayment.Statement;
import care.circles.payments.directpayment.StatementCsv;
import care.circles.payments.directpayment.StatementRow;
import care.circles.payments.payee.Payee;

class DirectPaymentsIT {

    private final TestClock clock = TestClock.at("2025-03-03T09:00:00Z");
    private final PaymentsWorld world = new PaymentsWorld(clock);

    @Test
    void loadsEveryFourWeeksCatchingUpMissedLoadsAndNeverTwice() throws Exception {
        DirectPaymentAccount account = world.scheduledAccount(Money.ofPence(80_000), LocalDate.of(2025, 1, 6));

        // 6 Jan, 3 Feb and 3 Mar have fallen due by 3 March.
        assertEquals(3, inTransaction(c -> world.directPayments.postDueLoads(c, account)).size());
        assertEquals(0, inTransaction(c -> world.directPayments.postDueLoads(c, account)).size());
        clock.advance(Duration.ofDays(28));
        assertEquals(1, inTransaction(c -> world.directPayments.postDueLoads(c, account)).size());

        assertEquals(Money.ofPence(320_000), world.balance(account));
    }

    @Test
    void opensOneAccountPerPersonEvenWhenAskedTwice() throws Exception {
        DirectPaymentAccount first = world.scheduledAccount(Money.ofPence(1000), LocalDate.of(2025, 1, 6));
        DirectPaymentAccount again = inTransaction(c -> world.directPayments.open(c,
                care.circles.payments.directpayment.OpenDirectPayment.everyFourWeeks(first.personAccountId(), "Again",
                        Money.ofPence(1000), LocalDate.of(2025, 1, 6), 1L)));
        assertEquals(first.id(), again.id());
    }

    @Test
    void paysAPayeeWhenTheMoneyIsThere() throws Exception {
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(10_000));
        Payee payee = world.payee();

        SpendResult result = inTransaction(c -> world.directPayments.payOut(c,
                new PayOut(account.id(), payee, Money.ofPence(6_000), "Sam, PA: week of 3 March", "pay:" + account.id(), 1L)));

        assertInstanceOf(SpendResult.Posted.class, result);
        assertEquals(Money.ofPence(4_000), world.balance(account));
        assertEquals(Money.ofPence(6_000), inTransaction(c -> world.ledger.balance(c, payee.ledgerAccountId())));
    }

    @Test
    void refusesAPaymentLargerThanTheBalanceSayingHowMuchIsShortAndPostsNothing() throws Exception {
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(1_000));
        Payee payee = world.payee();
        long entriesBefore = count("SELECT COUNT(*) FROM journal_entry");

        SpendResult result = inTransaction(c -> world.directPayments.payOut(c,
                new PayOut(account.id(), payee, Money.ofPence(1_320), "Too much", "short:" + account.id(), 1L)));

        SpendResult.Refused refused = assertInstanceOf(SpendResult.Refused.class, result);
        assertEquals(Money.ofPence(320), refused.shortBy());
        assertEquals("Not enough money in the account: £3.20 short", refused.message());
        assertEquals(entriesBefore, count("SELECT COUNT(*) FROM journal_entry"));
        assertEquals(Money.ofPence(1_000), world.balance(account));
    }

    @Test
    void aRetriedPaymentAfterTheMoneyWasSpentReturnsTheFirstPaymentNotARefusal() throws Exception {
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(5_000));
        Payee payee = world.payee();
        PayOut payOut = new PayOut(account.id(), payee, Money.ofPence(5_000), "All of it", "all:" + account.id(), 1L);

        SpendResult first = inTransaction(c -> world.directPayments.payOut(c, payOut));
        SpendResult retry = inTransaction(c -> world.directPayments.payOut(c, payOut));

        assertEquals(((SpendResult.Posted) first).entry().id(), assertInstanceOf(SpendResult.Posted.class, retry).entry().id());
        assertEquals(Money.ZERO, world.balance(account));
    }

    @Test
    void aStatementShowsMoneyInAndOutWithARunningBalanceForTheDatesAsked() throws Exception {
        DirectPaymentAccount account = world.scheduledAccount(Money.ofPence(50_000), LocalDate.of(2025, 3, 3));
        Payee payee = world.payee();
        inTransaction(c -> world.directPayments.postDueLoads(c, account));
        clock.advance(Duration.ofDays(2));
        inTransaction(c -> world.directPayments.payOut(c, new PayOut(account.id(), payee, Money.ofPence(12_050),
                "=HYPERLINK(\"http://evil\"), PA wages", "wages:" + account.id(), 1L)));
        clock.advance(Duration.ofDays(10));
        inTransaction(c -> world.directPayments.payOut(c, new PayOut(account.id(), payee, Money.ofPence(1_000),
                "Later payment", "later:" + account.id(), 1L)));

        Statement statement = inTransaction(c -> world.directPayments.statement(c, account.id(),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10)));

        List<StatementRow> rows = statement.rows();
        assertEquals(2, rows.size(), "the payment on 15 March is outside the dates asked for");
        assertEquals(Money.ZERO, statement.openingBalance());
        assertEquals(new StatementRow(LocalDate.of(2025, 3, 3), rows.get(0).description(), Money.ofPence(50_000),
                Money.ZERO, Money.ofPence(50_000)), rows.get(0));
        assertEquals(new StatementRow(LocalDate.of(2025, 3, 5), "=HYPERLINK(\"http://evil\"), PA wages", Money.ZERO,
                Money.ofPence(12_050), Money.ofPence(37_950)), rows.get(1));
        assertEquals(Money.ofPence(37_950), statement.closingBalance());

        String csv = StatementCsv.of(statement);
        assertTrue(csv.contains("2025-03-05,\"'=HYPERLINK(\"\"http://evil\"\"), PA wages\",,120.50,379.50\r\n"), csv);
    }
}
