package care.circles.payments.it;

import static care.circles.payments.it.PaymentsDatabase.count;
import static care.circles.payments.it.PaymentsDatabase.inTransaction;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.payments.card.AuthorizationDecision;
import care.circles.payments.card.AuthorizationRequest;
import care.circles.payments.card.CardStatus;
import care.circles.payments.card.CardTransaction;
import care.circles.payments.card.DeclineReason;
import care.circles.payments.card.PrepaidCard;
import care.circles.payments.card.PrepaidCards;
import care.circles.payments.card.ReplacementReason;
import care.circles.payments.card.Settlement;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.Funds;

class CardsIT {

    private static final StripeStandIn stripe = StripeStandIn.shared();
    private final PaymentsWorld world = new PaymentsWorld(TestClock.at("2025-03-03T09:00:00Z"));
    private PrepaidCards cards;

    /** An account holding {@code pence} with an active card issued through Stripe. */
    private PrepaidCard cardHolding(long pence) throws Exception {
        cards = world.cards(stripe);
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(pence));
        String cardId = "ic_test_" + account.id();
        stripe.answerPost("/v1/issuing/cards", StripeStandIn.card(cardId, "4242", "active"));
        return inTransaction(c -> cards.issue(c, account.id(), "ich_1Pgag4B7WZ01zgkWdPVfBngi", false, "card:" + account.id()));
    }

    private AuthorizationDecision authorize(PrepaidCard card, String authorization, long pence, String mcc) throws Exception {
        return inTransaction(c -> cards.authorize(c, new AuthorizationRequest(authorization, card.issuerCardId(),
                Money.ofPence(pence), mcc, "Corner shop")));
    }

    private Funds funds(PrepaidCard card) throws Exception {
        return inTransaction(c -> world.directPayments.funds(c, card.directPaymentAccountId()));
    }

    @Test
    void issuesACardThroughStripeWithAnIdempotencyKey() throws Exception {
        PrepaidCard card = cardHolding(1_000);

        assertEquals(CardStatus.ACTIVE, card.status());
        assertEquals("4242", card.last4());
        stripe.server.verify(postRequestedFor(urlEqualTo("/v1/issuing/cards"))
                .withHeader("Idempotency-Key", equalTo("card:" + card.directPaymentAccountId())));
    }

    @Test
    void anApprovalHoldsTheAmountSoItCannotBeSpentTwice() throws Exception {
        PrepaidCard card = cardHolding(5_000);

        assertTrue(authorize(card, "iauth_hold_1_" + card.id(), 3_000, "5411").approved());
        AuthorizationDecision second = authorize(card, "iauth_hold_2_" + card.id(), 2_320, "5411");

        assertFalse(second.approved());
        assertEquals(DeclineReason.INSUFFICIENT_FUNDS, second.reason());
        assertEquals("Not enough money on the card: £3.20 short", second.messageForHolder());
        assertEquals(new Funds(Money.ofPence(5_000), Money.ofPence(3_000)), funds(card));
    }

    @Test
    void theSameAuthorisationAskedTwiceGetsTheFirstAnswerAndOneHold() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        authorize(card, "iauth_twice_" + card.id(), 1_000, "5411");
        assertTrue(authorize(card, "iauth_twice_" + card.id(), 1_000, "5411").approved());
        assertEquals(Money.ofPence(1_000), funds(card).held());
    }

    @Test
    void aCaptureLargerThanTheHoldReleasesTheHoldAndPostsWhatWasCaptured() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        String authorization = "iauth_tip_" + card.id();
        authorize(card, authorization, 2_000, "5812");

        Settlement settlement = inTransaction(c -> cards.settle(c, new CardTransaction("ipi_tip_" + card.id(),
                authorization, card.issuerCardId(), CardTransaction.Kind.CAPTURE, Money.ofPence(2_300), "5812",
                "Cafe"))).orElseThrow();

        assertEquals(Money.ofPence(2_000), settlement.holdReleased());
        assertFalse(settlement.overdraft());
        assertEquals(new Funds(Money.ofPence(2_700), Money.ZERO), funds(card));
        assertEquals(0, count("SELECT COALESCE(SUM(hold_pence), 0) FROM card_authorization"
                + " WHERE direct_payment_account_id = ? AND hold_status = 'PENDING'", card.directPaymentAccountId()));
    }

    @Test
    void aCaptureThatBypassedControlsIsPostedAndFlaggedAsAnOverdraft() throws Exception {
        PrepaidCard card = cardHolding(1_000);

        Settlement settlement = inTransaction(c -> cards.settle(c, new CardTransaction("ipi_offline_" + card.id(),
                null, card.issuerCardId(), CardTransaction.Kind.CAPTURE, Money.ofPence(1_500), "5411", "Offline sale")))
                .orElseThrow();

        assertTrue(settlement.overdraft());
        assertEquals(Money.ofPence(-500), funds(card).balance());
        assertEquals(1, count("SELECT COUNT(*) FROM card_transaction WHERE issuer_transaction_id = ? AND overdraft",
                "ipi_offline_" + card.id()));
    }

    @Test
    void aRefundPutsTheMoneyBackAndIsSettledOnce() throws Exception {
        PrepaidCard card = cardHolding(1_000);
        CardTransaction capture = new CardTransaction("ipi_buy_" + card.id(), null, card.issuerCardId(),
                CardTransaction.Kind.CAPTURE, Money.ofPence(800), "5311", "Shop");
        CardTransaction refund = new CardTransaction("ipi_refund_" + card.id(), null, card.issuerCardId(),
                CardTransaction.Kind.REFUND, Money.ofPence(800), "5311", "Shop");
        inTransaction(c -> cards.settle(c, capture));
        inTransaction(c -> cards.settle(c, refund));
        inTransaction(c -> cards.settle(c, refund));

        assertEquals(Money.ofPence(1_000), funds(card).balance());
    }

    @Test
    void aReversedAuthorisationReleasesItsHold() throws Exception {
        PrepaidCard card = cardHolding(1_000);
        authorize(card, "iauth_reversed_" + card.id(), 600, "5411");

        assertEquals(Money.ofPence(600), inTransaction(c -> cards.releaseHold(c, "iauth_reversed_" + card.id())));
        assertEquals(Money.ZERO, inTransaction(c -> cards.releaseHold(c, "iauth_reversed_" + card.id())));
        assertEquals(new Funds(Money.ofPence(1_000), Money.ZERO), funds(card));
    }

    @Test
    void aFrozenCardIsDeclinedUntilUnfrozen() throws Exception {
        PrepaidCard card = cardHolding(1_000);
        stripe.answerPost("/v1/issuing/cards/" + card.issuerCardId(), StripeStandIn.card(card.issuerCardId(), "4242", "inactive"));

        inTransaction(c -> cards.freeze(c, card.id()));
        AuthorizationDecision frozen = authorize(card, "iauth_frozen_" + card.id(), 100, "5411");
        inTransaction(c -> cards.unfreeze(c, card.id()));

        assertEquals(DeclineReason.CARD_FROZEN, frozen.reason());
        assertTrue(authorize(card, "iauth_unfrozen_" + card.id(), 100, "5411").approved());
        stripe.server.verify(2, postRequestedFor(urlEqualTo("/v1/issuing/cards/" + card.issuerCardId())));
    }

    @Test
    void aReplacementCardCancelsTheOldOne() throws Exception {
        PrepaidCard card = cardHolding(1_000);
        stripe.answerGet("/v1/issuing/cards/" + card.issuerCardId(), StripeStandIn.card(card.issuerCardId(), "4242", "active"));
        stripe.answerPost("/v1/issuing/cards", StripeStandIn.card("ic_new_" + card.id(), "1881", "active"));

        PrepaidCard replacement = inTransaction(c -> cards.replace(c, card.id(), ReplacementReason.LOST, "replace:" + card.id()));

        assertEquals(card.id(), replacement.replacesCardId());
        assertEquals("1881", replacement.last4());
        assertEquals(CardStatus.CANCELLED, inTransaction(c -> cards.card(c, card.id())).status());
        assertEquals(DeclineReason.CARD_CANCELLED, authorize(card, "iauth_old_" + card.id(), 100, "5411").reason());
    }

    @Test
    void declinesGamblingWithAReasonTheHolderUnderstands() throws Exception {
        PrepaidCard card = cardHolding(10_000);
        AuthorizationDecision decision = authorize(card, "iauth_bet_" + card.id(), 500, "7995");
        assertEquals("This card cannot be used for gambling", decision.messageForHolder());
        assertEquals(Money.ZERO, funds(card).held());
    }
}
