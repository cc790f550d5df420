package care.circles.payments.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import care.circles.payments.Money;
import care.circles.payments.directpayment.Funds;

class CardAuthorizationTest {

    private static final BlockedMerchantCategories BLOCKED = BlockedMerchantCategories.defaults();
    private static final String GROCERIES = "5411";

    private static AuthorizationDecision decide(CardStatus status, long availablePence, long amountPence, String mcc) {
        return CardAuthorization.decide(status, Money.ofPence(availablePence), Money.ofPence(amountPence), mcc, BLOCKED);
    }

    @Test
    void approvesAnActiveCardAtAnOrdinaryShopWhenTheMoneyIsThere() {
        assertTrue(decide(CardStatus.ACTIVE, 1_000, 1_000, GROCERIES).approved());
    }

    @Test
    void declinesAFrozenCard() {
        AuthorizationDecision decision = decide(CardStatus.FROZEN, 1_000, 100, GROCERIES);
        assertFalse(decision.approved());
        assertEquals(DeclineReason.CARD_FROZEN, decision.reason());
        assertEquals("This card is frozen. Unfreeze it in your account to use it again", decision.messageForHolder());
    }

    @Test
    void declinesACancelledCard() {
        assertEquals(DeclineReason.CARD_CANCELLED, decide(CardStatus.CANCELLED, 1_000, 100, GROCERIES).reason());
    }

    @Test
    void declinesWhenTheAmountIsMoreThanIsAvailableSayingHowMuchIsShort() {
        AuthorizationDecision decision = decide(CardStatus.ACTIVE, 1_000, 1_320, GROCERIES);
        assertEquals(DeclineReason.INSUFFICIENT_FUNDS, decision.reason());
        assertEquals("Not enough money on the card: £3.20 short", decision.messageForHolder());
    }

    @Test
    void pendingHoldsCountAgainstWhatIsAvailable() {
        // £20 on the account, £15 held for a purchase not yet captured: £6 does not fit.
        Funds funds = new Funds(Money.ofPence(2_000), Money.ofPence(1_500));
        AuthorizationDecision decision = CardAuthorization.decide(CardStatus.ACTIVE, funds.available(),
                Money.ofPence(600), GROCERIES, BLOCKED);
        assertEquals("Not enough money on the card: £1.00 short", decision.messageForHolder());
    }

    @ParameterizedTest(name = "MCC {0} is declined: {1}")
    @CsvSource({
        "7995, This card cannot be used for gambling",
        "7800, This card cannot be used for gambling",
        "7801, This card cannot be used for gambling",
        "7802, This card cannot be used for gambling",
        "6010, This card cannot be used for cash withdrawals",
        "6011, This card cannot be used for cash withdrawals",
        "6051, 'This card cannot be used for money orders, foreign currency or other cash-like payments'",
        "5921, This card cannot be used for buying alcohol"
    })
    void declinesEveryBlockedCategoryByDefault(String mcc, String message) {
        AuthorizationDecision decision = decide(CardStatus.ACTIVE, 100_000, 100, mcc);
        assertEquals(DeclineReason.BLOCKED_CATEGORY, decision.reason());
        assertEquals(message, decision.messageForHolder());
    }

    @Test
    void aFrozenCardIsReportedBeforeABlockedShopOrMissingMoney() {
        assertEquals(DeclineReason.CARD_FROZEN, decide(CardStatus.FROZEN, 0, 100, "7995").reason());
        assertEquals(DeclineReason.BLOCKED_CATEGORY, decide(CardStatus.ACTIVE, 0, 100, "7995").reason());
    }

    @Test
    void theCouncilChoosesWhichCategoriesAreBlocked() {
        BlockedMerchantCategories onlyTobacco = BlockedMerchantCategories.parse("5993");
        assertTrue(CardAuthorization.decide(CardStatus.ACTIVE, Money.ofPence(500), Money.ofPence(100), "7995", onlyTobacco)
                .approved());
        assertEquals("This card cannot be used for buying tobacco", CardAuthorization.decide(CardStatus.ACTIVE,
                Money.ofPence(500), Money.ofPence(100), "5993", onlyTobacco).messageForHolder());
        assertEquals("This card cannot be used for this kind of shop", CardAuthorization.decide(CardStatus.ACTIVE,
                Money.ofPence(500), Money.ofPence(100), "1234", BlockedMerchantCategories.parse("1234, 5993"))
                .messageForHolder());
    }

    @Test
    void refusesACategorySettingThatIsNotFourDigitCodes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BlockedMerchantCategories.parse("7995,gambling"));
        assertEquals("A merchant category code is four digits, like 7995: gambling", error.getMessage());
    }

    @Test
    void aPaymentWithNoCategoryCodeIsJudgedOnMoneyAlone() {
        assertTrue(decide(CardStatus.ACTIVE, 500, 500, null).approved());
    }
}
