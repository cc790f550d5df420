package care.circles.payments.it;

import static care.circles.payments.it.PaymentsDatabase.inTransaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.payments.careaccount.CareAccountRules;
import care.circles.payments.careaccount.CareAccounts;
import care.circles.payments.careaccount.CareMeter;
import care.circles.payments.careaccount.CareMeterEntry;
import care.circles.payments.councilaudit.AccountReview;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.JournalEntry;

class CareAccountAndAuditIT {

    private final TestClock clock = TestClock.at("2025-06-23T09:00:00Z");
    private final PaymentsWorld world = new PaymentsWorld(clock);

    @Test
    void eligibleSpendingCountsTowardTheCapAndSaysWhy() throws Exception {
        long person = PaymentsDatabase.newId();
        CareMeterEntry personal = inTransaction(c -> world.careAccounts.recordSpend(c, person, "personal-care",
                Money.ofPence(45_000), LocalDate.of(2025, 6, 2), "entry:1"));
        CareMeterEntry cinema = inTransaction(c -> world.careAccounts.recordSpend(c, person, "leisure",
                Money.ofPence(1_200), LocalDate.of(2025, 6, 3), "entry:2"));
        inTransaction(c -> world.careAccounts.recordSpend(c, person, "personal-care", Money.ofPence(45_000),
                LocalDate.of(2025, 6, 2), "entry:1"));

        CareMeter meter = inTransaction(c -> world.careAccounts.meter(c, person));

        assertEquals(Money.ofPence(45_000), personal.counted());
        assertEquals("Counted in full: personal-care is eligible care", personal.explanation());
        assertEquals(Money.ZERO, cinema.counted());
        assertTrue(cinema.explanation().startsWith("Not counted: leisure"));
        assertEquals(Money.ofPence(45_000), meter.counted(), "the same spend reported twice counts once");
        assertEquals(Money.ofPence(86_000_00L - 45_000), meter.remainingToCap());
    }

    @Test
    void onlyThePartUpToTheCapCountsAndCouncilAdjustmentsNeedAReason() throws Exception {
        long person = PaymentsDatabase.newId();
        CareAccounts small = new CareAccounts(CareAccountRules.of(Money.ofPence(100_000), "home-care"), clock);
        inTransaction(c -> small.recordSpend(c, person, "home-care", Money.ofPence(90_000), LocalDate.of(2025, 6, 1), "a"));
        CareMeterEntry last = inTransaction(c -> small.recordSpend(c, person, "home-care", Money.ofPence(30_000),
                LocalDate.of(2025, 6, 8), "b"));
        CareMeterEntry adjustment = inTransaction(c -> small.adjust(c, person, Money.ofPence(-5_000),
                "Week of 1 June was counted at the wrong rate", 42L, "adj:1"));

        CareMeter meter = inTransaction(c -> small.meter(c, person));

        assertEquals(Money.ofPence(10_000), last.counted());
        assertTrue(last.explanation().contains("reached the care cap of £1,000.00"), last.explanation());
        assertEquals(42L, adjustment.actorAccountId());
        assertEquals("Council adjustment: Week of 1 June was counted at the wrong rate", adjustment.explanation());
        assertEquals(Money.ofPence(95_000), meter.counted());
        assertEquals(Money.ofPence(5_000), meter.remainingToCap());
        assertFalse(meter.hasReachedCap());
    }

    @Test
    void flagsAnAccountHoldingMoreThanEightWeeksOfFunding() throws Exception {
        // Loaded £400 every 4 weeks since 3 March: five loads by 23 June, nothing spent.
        DirectPaymentAccount saving = world.scheduledAccount(Money.ofPence(40_000), LocalDate.of(2025, 3, 3));
        DirectPaymentAccount spending = world.scheduledAccount(Money.ofPence(40_000), LocalDate.of(2025, 6, 23));
        inTransaction(c -> world.directPayments.postDueLoads(c, saving));
        inTransaction(c -> world.directPayments.postDueLoads(c, spending));

        AccountReview review = inTransaction(c -> world.audit.review(c, saving.id()));
        AccountReview fine = inTransaction(c -> world.audit.review(c, spending.id()));

        assertEquals(Money.ofPence(200_000), review.balance());
        assertEquals(new BigDecimal("20.0"), review.weeksHeld());
        assertEquals(Money.ofPence(80_000), review.contingency());
        assertEquals(Money.ofPence(120_000), review.surplus());
        assertEquals(clock.instant(), review.lastActivity());
        assertTrue(review.hasSurplus());
        assertFalse(fine.hasSurplus());
        assertTrue(inTransaction(c -> world.audit.surpluses(c)).stream().anyMatch(r -> r.account().id() == saving.id()));
    }

    @Test
    void aClawbackPostsALedgerEntryWithItsReasonAndOfficer() throws Exception {
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(50_000));

        SpendResult result = inTransaction(c -> world.audit.clawback(c, account.id(), Money.ofPence(30_000),
                "Surplus above 8 weeks at the June review", 42L, "clawback:" + account.id()));
        SpendResult tooMuch = inTransaction(c -> world.audit.clawback(c, account.id(), Money.ofPence(30_000),
                "Again", 42L, "clawback-2:" + account.id()));

        JournalEntry entry = assertInstanceOf(SpendResult.Posted.class, result).entry();
        assertEquals(EntryReason.CLAWBACK, entry.reason());
        assertEquals(42L, entry.actorAccountId());
        assertEquals("Returned to the council: Surplus above 8 weeks at the June review", entry.description());
        assertEquals(Money.ofPence(10_000), assertInstanceOf(SpendResult.Refused.class, tooMuch).shortBy());
        assertEquals(Money.ofPence(20_000), world.balance(account));
    }

    @Test
    void anAccountForOneOffPaymentsHasNoWeeksOfFunding() throws Exception {
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(50_000));
        AccountReview review = inTransaction(c -> world.audit.review(c, account.id()));
        assertNull(review.weeksHeld());
        assertFalse(review.hasSurplus());
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveACareAccountLine() throws Exception {
        long person = PaymentsDatabase.newId();
        CareMeterEntry line = inTransaction(c -> world.careAccounts.recordSpend(c, person, "personal-care",
                Money.ofPence(2_000), LocalDate.of(2025, 6, 2), "kept:" + person));

        for (String change : List.of("UPDATE care_account_entry SET counted_pence = 0 WHERE id = " + line.id(),
                "DELETE FROM care_account_entry WHERE id = " + line.id())) {
            SQLException refused = assertThrows(SQLException.class, () -> PaymentsDatabase.execute(change), change);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(Money.ofPence(2_000), inTransaction(c -> world.careAccounts.meter(c, person)).counted());
    }

    @Test
    void aSpendSaysWhatWasBoughtThatMadeItCountOrNot() throws Exception {
        long person = PaymentsDatabase.newId();
        CareMeterEntry visits = inTransaction(c -> world.careAccounts.recordSpend(c, person, "personal-care",
                "PA support: Personal care, Companionship", Money.ofPence(6_000), LocalDate.of(2025, 6, 2), "pa:1"));
        CareMeterEntry company = inTransaction(c -> world.careAccounts.recordSpend(c, person, "companionship",
                "PA support: Companionship", Money.ofPence(3_000), LocalDate.of(2025, 6, 3), "pa:2"));
        CareMeterEntry unnamed = inTransaction(c -> world.careAccounts.recordSpend(c, person, null,
                "PA support: Dementia", Money.ofPence(1_000), LocalDate.of(2025, 6, 4), "pa:3"));

        assertEquals("Counted in full: personal-care is eligible care (PA support: Personal care, Companionship)",
                visits.explanation());
        assertEquals("Not counted: companionship is not eligible care under the council's rules"
                + " (PA support: Companionship)", company.explanation());
        assertEquals("Not counted: what was bought is not a kind of care the council names (PA support: Dementia)",
                unnamed.explanation());
        assertEquals(Money.ofPence(6_000), inTransaction(c -> world.careAccounts.meter(c, person)).counted());
    }

    @Test
    void theCouncilsCardPaymentRulesAreFourDigitMerchantCategoryCodes() {
        CareAccountRules rules = CareAccountRules.of(Money.ofPence(100), "personal-care", "8050 8099");
        assertTrue(rules.isEligibleMerchant("8099"));
        assertFalse(rules.isEligibleMerchant("5411"));
        assertEquals(Set.of("8050", "8099"), CareAccountRules.defaults().eligibleMerchantCategories());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> CareAccountRules.of(Money.ofPence(100), "personal-care", "805"));
        assertEquals("A merchant category code is four digits, like 8050: 805", wrong.getMessage());
    }
}
