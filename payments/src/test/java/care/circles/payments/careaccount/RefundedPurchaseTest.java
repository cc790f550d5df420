package care.circles.payments.careaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;

class RefundedPurchaseTest {

    private static Money pounds(long pounds) {
        return Money.ofPence(pounds * 100);
    }

    @Test
    void aFullRefundOfAPurchaseThatCountedInFullTakesAllOfItOff() {
        assertEquals(pounds(120), RefundedPurchase.unrefunded(pounds(120), pounds(120)).takeOffFor(pounds(120)));
    }

    @Test
    void aPartialRefundOfAPurchaseThatCountedInFullTakesOffWhatWasRefunded() {
        assertEquals(pounds(20), RefundedPurchase.unrefunded(pounds(120), pounds(120)).takeOffFor(pounds(20)));
    }

    @Test
    void aRefundOfAPurchaseThatCountedNothingTakesNothingOff() {
        assertEquals(Money.ZERO, RefundedPurchase.unrefunded(pounds(25), Money.ZERO).takeOffFor(pounds(25)));
    }

    @Test
    void aRefundGivesBackThePartPastTheCapFirst() {
        RefundedPurchase reachedCap = RefundedPurchase.unrefunded(pounds(100), pounds(60));
        assertEquals(Money.ZERO, reachedCap.takeOffFor(pounds(40)), "the £40 that did not count comes back first");
        assertEquals(pounds(10), reachedCap.takeOffFor(pounds(50)));
        assertEquals(pounds(60), reachedCap.takeOffFor(pounds(100)));
    }

    @Test
    void successiveRefundsNeverTakeOffMoreThanThePurchaseCounted() {
        RefundedPurchase purchase = RefundedPurchase.unrefunded(pounds(100), pounds(60));
        Money first = purchase.takeOffFor(pounds(40));
        purchase = purchase.after(pounds(40), first);
        Money second = purchase.takeOffFor(pounds(30));
        purchase = purchase.after(pounds(30), second);
        Money third = purchase.takeOffFor(pounds(50));
        assertEquals(Money.ZERO, first);
        assertEquals(pounds(30), second);
        assertEquals(pounds(30), third, "only what is left of the £60 that counted, though £50 more came back");
        assertEquals(Money.ZERO, purchase.after(pounds(50), third).takeOffFor(pounds(1)));
    }

    @Test
    void refusesARefundOfNothing() {
        RefundedPurchase purchase = RefundedPurchase.unrefunded(pounds(10), pounds(10));
        assertThrows(IllegalArgumentException.class, () -> purchase.takeOffFor(Money.ZERO));
    }

    @Test
    void refusesAPurchaseThatCountedMoreThanItCost() {
        assertThrows(IllegalArgumentException.class, () -> RefundedPurchase.unrefunded(pounds(10), pounds(11)));
    }
}
