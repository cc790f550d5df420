package care.circles.payments.it;

import static care.circles.payments.it.PaymentsDatabase.count;
import static care.circles.payments.it.PaymentsDatabase.inTransaction;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import care.circles.payments.Money;
import care.circles.payments.card.PrepaidCard;
import care.circles.payments.careaccount.CareMeter;
import care.circles.payments.careaccount.CareMeterEntry;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.PayOut;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.payee.Payee;
import care.circles.payments.stripe.PayeeTransfer;
import care.circles.payments.stripe.StripeTransfers;
import care.circles.payments.stripe.StripeWebhooks;
import care.circles.payments.stripe.TransferFailedException;
import care.circles.payments.stripe.TransferRequest;
import care.circles.payments.stripe.VerifiedEvent;
import care.circles.payments.stripe.TransferStatus;
import care.circles.payments.stripe.WebhookOutcome;
import care.circles.payments.stripe.WebhookRejectedException;
import care.circles.stripestandin.StripeFixtures;

class StripeWebhooksIT {

    private static final StripeStandIn stripe = StripeStandIn.shared();
    private final TestClock clock = TestClock.at("2025-03-03T09:00:00Z");
    private final PaymentsWorld world = new PaymentsWorld(clock);
    private final StripeWebhooks webhooks = world.webhooks(stripe);
    private final StripeTransfers transfers = world.transfers(stripe);

    /** Delivers the event as the web application does: verified, committed as received, then processed. */
    private WebhookOutcome deliver(String eventId, String type, ObjectNode object) throws Exception {
        VerifiedEvent event = verified(eventId, type, object);
        inTransaction(c -> {
            webhooks.store(c, event);
            return null;
        });
        try {
            return inTransaction(c -> webhooks.process(c, event));
        } catch (SQLException | RuntimeException failed) {
            inTransaction(c -> {
                webhooks.recordFailure(c, event.id(), failed.getMessage());
                return null;
            });
            throw failed;
        }
    }

    private VerifiedEvent verified(String eventId, String type, ObjectNode object) throws WebhookRejectedException {
        String payload = StripeStandIn.event(eventId, type, object, clock);
        return webhooks.verify(payload, StripeStandIn.signature(payload, StripeStandIn.WEBHOOK_SECRET, clock));
    }

    /** The minute run: every event due for a retry tried in a transaction of its own. */
    private List<WebhookOutcome> retryDue() throws SQLException {
        List<WebhookOutcome> done = new ArrayList<>();
        for (String eventId : inTransaction(c -> webhooks.dueForRetry(c, 1_000))) {
            try {
                inTransaction(c -> webhooks.retry(c, eventId)).ifPresent(done::add);
            } catch (SQLException failedAgain) {
                inTransaction(c -> {
                    webhooks.recordFailure(c, eventId, failedAgain.getMessage());
                    return null;
                });
            }
        }
        return done;
    }

    /** Makes the database refuse the ledger entry with this idempotency key, as a failing database would. */
    private static AutoCloseable ledgerRefuses(String idempotencyKey) throws SQLException {
        String trigger = "test_refuses_" + Integer.toHexString(idempotencyKey.hashCode());
        PaymentsDatabase.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON journal_entry FOR EACH ROW"
                + " BEGIN IF NEW.idempotency_key = '" + idempotencyKey + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The test database refuses this entry'; END IF; END");
        return () -> PaymentsDatabase.execute("DROP TRIGGER IF EXISTS " + trigger);
    }

    private PrepaidCard cardHolding(long pence) throws Exception {
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(pence));
        stripe.answerPost("/v1/issuing/cards", StripeStandIn.card("ic_wh_" + account.id(), "4242", "active"));
        return inTransaction(c -> world.cards(stripe).issue(c, account.id(), "ich_1", false, "wh-card:" + account.id()));
    }

    /** A new payee who has been paid {@code pence} from someone's direct payment, not yet sent to them. */
    private Payee payeeOwed(long pence) throws Exception {
        Payee payee = world.payee();
        DirectPaymentAccount account = world.accountHolding(Money.ofPence(pence));
        inTransaction(c -> world.directPayments.payOut(c, new PayOut(account.id(), payee, Money.ofPence(pence),
                "Wages", "wages:" + account.id(), 1L)));
        return payee;
    }

    private Money balanceOf(PrepaidCard card) throws Exception {
        return inTransaction(c -> world.directPayments.funds(c, card.directPaymentAccountId())).balance();
    }

    @Test
    void answersARealTimeAuthorisationRequestWithTheDecision() throws Exception {
        PrepaidCard card = cardHolding(1_000);

        WebhookOutcome approved = deliver("evt_ok_" + card.id(), "issuing_authorization.request",
                StripeStandIn.authorizationRequest("iauth_ok_" + card.id(), card.issuerCardId(), 400, "5411"));
        WebhookOutcome cash = deliver("evt_atm_" + card.id(), "issuing_authorization.request",
                StripeStandIn.authorizationRequest("iauth_atm_" + card.id(), card.issuerCardId(), 100, "6011"));

        assertTrue(approved.authorizationDecision().orElseThrow().approved());
        assertEquals("This card cannot be used for cash withdrawals", cash.authorizationDecision().orElseThrow().messageForHolder());
    }

    @Test
    void aCaptureDeliveredTenTimesPostsOnce() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        ObjectNode capture = StripeStandIn.issuingTransaction("ipi_replay_" + card.id(), null, card.issuerCardId(),
                "capture", 1_250);

        WebhookOutcome first = deliver("evt_replay_" + card.id(), "issuing_transaction.created", capture);
        for (int i = 0; i < 9; i++) {
            assertEquals(WebhookOutcome.Status.DUPLICATE,
                    deliver("evt_replay_" + card.id(), "issuing_transaction.created", capture).status());
        }

        assertEquals(WebhookOutcome.Status.PROCESSED, first.status());
        assertEquals(Money.ofPence(3_750), balanceOf(card));
        assertEquals(1, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?",
                "card-transaction:ipi_replay_" + card.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ?", "evt_replay_" + card.id()));
    }

    @Test
    void rejectsABadSignatureAndStoresNothing() throws Exception {
        String payload = StripeStandIn.event("evt_forged", "issuing_transaction.created",
                StripeStandIn.issuingTransaction("ipi_forged", null, "ic_any", "capture", 100), clock);
        String forged = StripeStandIn.signature(payload, "whsec_not_ours", clock);

        assertThrows(WebhookRejectedException.class, () -> webhooks.verify(payload, forged));
        assertEquals(0, count("SELECT COUNT(*) FROM stripe_event WHERE id = 'evt_forged'"));
    }

    @Test
    void rejectsASignatureOlderThanFiveMinutes() throws Exception {
        String payload = StripeStandIn.event("evt_old", "transfer.created",
                StripeStandIn.transfer("tr_old", 100, "acct_1", Map.of()), clock);
        String signature = StripeStandIn.signature(payload, StripeStandIn.WEBHOOK_SECRET, clock);
        clock.advance(Duration.ofSeconds(StripeWebhooks.TOLERANCE_SECONDS + 1));

        assertThrows(WebhookRejectedException.class, () -> webhooks.verify(payload, signature));
        assertEquals(0, count("SELECT COUNT(*) FROM stripe_event WHERE id = 'evt_old'"));
    }

    @Test
    void aCaptureArrivingBeforeItsAuthorisationIsPostedAndTheLateAuthorisationHoldsNothing() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        String authorization = "iauth_late_" + card.id();

        deliver("evt_txn_first_" + card.id(), "issuing_transaction.created",
                StripeStandIn.issuingTransaction("ipi_early_" + card.id(), authorization, card.issuerCardId(), "capture", 900));
        ObjectNode approved = StripeStandIn.authorizationRequest(authorization, card.issuerCardId(), 900, "5411");
        approved.put("approved", true);
        approved.put("amount", 900);
        deliver("evt_auth_late_" + card.id(), "issuing_authorization.created", approved);

        var funds = inTransaction(c -> world.directPayments.funds(c, card.directPaymentAccountId()));
        assertEquals(Money.ofPence(4_100), funds.balance());
        assertEquals(Money.ZERO, funds.held(), "a late authorisation of a captured payment holds nothing");
    }

    @Test
    void aTransferConfirmedBeforeItsCreationWasRecordedWaitsAndIsSettledLater() throws Exception {
        Payee payee = payeeOwed(7_000);
        String key = "transfer:" + payee.id();
        ObjectNode confirmed = StripeStandIn.transfer("tr_early_" + payee.id(), 7_000, payee.stripeAccountId(),
                Map.of(StripeTransfers.KEY_METADATA, key));

        WebhookOutcome early = deliver("evt_tr_early_" + payee.id(), "transfer.created", confirmed);
        assertEquals(WebhookOutcome.Status.DEFERRED, early.status());

        inTransaction(c -> transfers.request(c, payee.id(), Money.ofPence(7_000), key, 1L));
        var retried = retryDue();

        assertTrue(retried.stream().anyMatch(o -> o.eventId().equals("evt_tr_early_" + payee.id())));
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_transfer WHERE idempotency_key = ? AND status = 'PAID'"
                + " AND stripe_transfer_id = ?", key, "tr_early_" + payee.id()));
        assertEquals(Money.ZERO, inTransaction(c -> world.ledger.balance(c, payee.ledgerAccountId())));
    }

    @Test
    void submitsATransferToStripeOnceWithItsIdempotencyKeyAndSettlesItByWebhook() throws Exception {
        Payee payee = payeeOwed(4_500);
        String key = "payday:" + payee.id();
        long clearingBefore = inTransaction(c -> world.ledger.balance(c,
                world.ledger.platformAccount(c, AccountKind.PLATFORM_CLEARING).id())).pence();

        PayeeTransfer pending = ((TransferRequest.Recorded) inTransaction(
                c -> transfers.request(c, payee.id(), Money.ofPence(4_500), key, 1L))).transfer();
        stripe.failPost("/v1/transfers");
        assertThrows(TransferFailedException.class, () -> inTransaction(c -> transfers.submit(c, pending.id())));
        assertEquals(TransferStatus.PENDING, inTransaction(c -> transfers.transfer(c, pending.id())).status());

        stripe.answerPost("/v1/transfers", StripeStandIn.transfer("tr_ok_" + payee.id(), 4_500, payee.stripeAccountId(),
                Map.of(StripeTransfers.KEY_METADATA, key)));
        PayeeTransfer submitted = inTransaction(c -> transfers.submit(c, pending.id()));
        inTransaction(c -> transfers.submit(c, pending.id()));

        assertEquals("tr_ok_" + payee.id(), submitted.stripeTransferId());
        stripe.server.verify(2, postRequestedFor(urlEqualTo("/v1/transfers"))
                .withHeader("Idempotency-Key", equalTo("circles-transfer:" + key)));
        assertEquals(Money.ofPence(4_500).pence(), inTransaction(c -> world.ledger.balance(c,
                world.ledger.platformAccount(c, AccountKind.PLATFORM_CLEARING).id())).pence() - clearingBefore);

        deliver("evt_tr_ok_" + payee.id(), "transfer.created", StripeStandIn.transfer("tr_ok_" + payee.id(), 4_500,
                payee.stripeAccountId(), Map.of(StripeTransfers.KEY_METADATA, key)));

        assertEquals(TransferStatus.PAID, inTransaction(c -> transfers.transfer(c, pending.id())).status());
        assertEquals(clearingBefore, inTransaction(c -> world.ledger.balance(c,
                world.ledger.platformAccount(c, AccountKind.PLATFORM_CLEARING).id())).pence());
    }

    @Test
    void refusesATransferLargerThanWhatThePayeeHasEarned() throws Exception {
        Payee payee = world.payee();
        TransferRequest result = inTransaction(c -> transfers.request(c, payee.id(), Money.ofPence(100), "none:" + payee.id(), 1L));
        assertEquals(Money.ofPence(100), assertInstanceOf(TransferRequest.Refused.class, result).shortBy());
        assertFalse(count("SELECT COUNT(*) FROM stripe_transfer WHERE idempotency_key = ?", "none:" + payee.id()) > 0);
    }

    @Test
    void aReversedTransferReturnsTheMoneyToThePayee() throws Exception {
        Payee payee = payeeOwed(3_000);
        String key = "rev:" + payee.id();
        inTransaction(c -> transfers.request(c, payee.id(), Money.ofPence(3_000), key, 1L));
        ObjectNode transfer = StripeStandIn.transfer("tr_rev_" + payee.id(), 3_000, payee.stripeAccountId(),
                Map.of(StripeTransfers.KEY_METADATA, key));
        deliver("evt_rev_1_" + payee.id(), "transfer.created", transfer);
        transfer.put("reversed", true);
        deliver("evt_rev_2_" + payee.id(), "transfer.reversed", transfer);
        deliver("evt_rev_3_" + payee.id(), "transfer.updated", transfer);

        assertEquals(Money.ofPence(3_000), inTransaction(c -> world.ledger.balance(c, payee.ledgerAccountId())));
    }

    // ---- stored before processing ---------------------------------------------------------

    @Test
    void anEventWhoseProcessingFailsStaysStoredWithItsErrorAndIsProcessedOnceWhenStripeSendsItAgain()
            throws Exception {
        PrepaidCard card = cardHolding(5_000);
        String key = "card-transaction:ipi_fail_" + card.id();
        String eventId = "evt_fail_" + card.id();
        ObjectNode capture = StripeStandIn.issuingTransaction("ipi_fail_" + card.id(), null, card.issuerCardId(),
                "capture", 1_250);

        try (AutoCloseable refusing = ledgerRefuses(key)) {
            assertThrows(SQLException.class, () -> deliver(eventId, "issuing_transaction.created", capture));
            assertThrows(SQLException.class, () -> deliver(eventId, "issuing_transaction.created", capture));
        }
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ? AND status = 'FAILED' AND attempts = 2"
                + " AND last_error LIKE '%refuses this entry%'", eventId), "the event is kept with why it failed");
        assertEquals(0, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", key));

        assertEquals(WebhookOutcome.Status.PROCESSED, deliver(eventId, "issuing_transaction.created", capture).status());
        assertEquals(WebhookOutcome.Status.DUPLICATE, deliver(eventId, "issuing_transaction.created", capture).status());
        assertFalse(retryDue().stream().anyMatch(o -> o.eventId().equals(eventId)));

        assertEquals(Money.ofPence(3_750), balanceOf(card));
        assertEquals(1, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", key));
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ? AND status = 'PROCESSED'", eventId));
    }

    @Test
    void aFailedEventIsProcessedOnceByTheMinuteRun() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        String key = "card-transaction:ipi_later_" + card.id();
        String eventId = "evt_later_" + card.id();
        ObjectNode capture = StripeStandIn.issuingTransaction("ipi_later_" + card.id(), null, card.issuerCardId(),
                "capture", 2_000);

        try (AutoCloseable refusing = ledgerRefuses(key)) {
            assertThrows(SQLException.class, () -> deliver(eventId, "issuing_transaction.created", capture));
            assertTrue(retryDue().stream().noneMatch(o -> o.eventId().equals(eventId)), "still refused");
        }
        assertFalse(inTransaction(c -> webhooks.dueForRetry(c, 1_000)).contains(eventId),
                "after a second failure it waits a minute");
        clock.advance(StripeWebhooks.backOff(2));
        List<WebhookOutcome> retried = retryDue();
        retryDue();

        assertTrue(retried.stream().anyMatch(o -> o.eventId().equals(eventId)
                && o.status() == WebhookOutcome.Status.PROCESSED));
        assertEquals(Money.ofPence(3_000), balanceOf(card));
        assertEquals(1, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", key));
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ? AND status = 'PROCESSED' AND attempts = 3",
                eventId), "two failed attempts, then one that worked");
    }

    @Test
    void anEventThatKeepsFailingIsTriedLessOftenUpToHourly() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        String key = "card-transaction:ipi_stuck_" + card.id();
        String eventId = "evt_stuck_" + card.id();
        ObjectNode capture = StripeStandIn.issuingTransaction("ipi_stuck_" + card.id(), null, card.issuerCardId(),
                "capture", 700);
        try (AutoCloseable refusing = ledgerRefuses(key)) {
            assertThrows(SQLException.class, () -> deliver(eventId, "issuing_transaction.created", capture));
            assertTrue(inTransaction(c -> webhooks.dueForRetry(c, 1_000)).contains(eventId), "first retry at once");
            retryDue(); // fails again: attempt 2
            for (int attempts = 2; attempts <= 9; attempts++) {
                Duration wait = StripeWebhooks.backOff(attempts);
                clock.advance(wait.minusSeconds(1));
                assertFalse(inTransaction(c -> webhooks.dueForRetry(c, 1_000)).contains(eventId),
                        "not before " + wait + " after attempt " + attempts);
                clock.advance(Duration.ofSeconds(1));
                assertTrue(inTransaction(c -> webhooks.dueForRetry(c, 1_000)).contains(eventId),
                        "due " + wait + " after attempt " + attempts);
                retryDue();
            }
        }
        assertEquals(Duration.ofMinutes(1), StripeWebhooks.backOff(2));
        assertEquals(Duration.ofMinutes(32), StripeWebhooks.backOff(7));
        assertEquals(StripeWebhooks.LONGEST_BACK_OFF, StripeWebhooks.backOff(8));
        assertEquals(StripeWebhooks.LONGEST_BACK_OFF, StripeWebhooks.backOff(1_000));
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ? AND status = 'FAILED' AND attempts = 10"
                + " AND last_error LIKE '%refuses%'", eventId), "each failure counted, with its error");
        clock.advance(StripeWebhooks.LONGEST_BACK_OFF);
        assertTrue(retryDue().stream().anyMatch(o -> o.eventId().equals(eventId)
                && o.status() == WebhookOutcome.Status.PROCESSED), "it goes through once the fault is gone");
    }

    @Test
    void anEventStoredButNeverProcessedIsTakenByARetryAfterAMinute() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        VerifiedEvent event = verified("evt_orphan_" + card.id(), "issuing_transaction.created",
                StripeStandIn.issuingTransaction("ipi_orphan_" + card.id(), null, card.issuerCardId(), "capture", 500));
        inTransaction(c -> {
            webhooks.store(c, event);
            return null;
        }); // and the server stopped here

        assertFalse(inTransaction(c -> webhooks.dueForRetry(c, 1_000)).contains(event.id()),
                "a delivery may be processing it right now");
        clock.advance(StripeWebhooks.UNPROCESSED_GRACE.plusSeconds(1));

        assertTrue(retryDue().stream().anyMatch(o -> o.eventId().equals(event.id())));
        assertEquals(Money.ofPence(4_500), balanceOf(card));
    }

    @Test
    void aCardDecisionThatFailedIsNotMadeLateByARetry() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        String authorization = "iauth_failed_" + card.id();
        VerifiedEvent request = verified("evt_failed_auth_" + card.id(), "issuing_authorization.request",
                StripeStandIn.authorizationRequest(authorization, card.issuerCardId(), 400, "5411"));
        inTransaction(c -> {
            webhooks.store(c, request);
            webhooks.recordFailure(c, request.id(), "The database went away");
            return null;
        });

        assertTrue(retryDue().stream().anyMatch(o -> o.eventId().equals(request.id())
                && o.status() == WebhookOutcome.Status.IGNORED));
        assertEquals(0, count("SELECT COUNT(*) FROM card_authorization WHERE issuer_authorization_id = ?", authorization));
        assertEquals(Money.ZERO, inTransaction(c -> world.directPayments.funds(c, card.directPaymentAccountId())).held());
    }

    @Test
    void deliveriesOfOneEventAtTheSameTimeProcessItOnce() throws Exception {
        PrepaidCard card = cardHolding(5_000);
        String eventId = "evt_twice_" + card.id();
        ObjectNode capture = StripeStandIn.issuingTransaction("ipi_twice_" + card.id(), null, card.issuerCardId(),
                "capture", 1_000);
        CountDownLatch start = new CountDownLatch(1);
        Callable<WebhookOutcome> delivery = () -> {
            start.await();
            return deliver(eventId, "issuing_transaction.created", capture);
        };
        ExecutorService servers = Executors.newFixedThreadPool(4);
        List<WebhookOutcome.Status> statuses = new ArrayList<>();
        try {
            List<Future<WebhookOutcome>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(servers.submit(delivery));
            }
            start.countDown();
            for (Future<WebhookOutcome> outcome : deliveries) {
                statuses.add(outcome.get().status());
            }
        } finally {
            servers.shutdownNow();
        }

        assertEquals(1, statuses.stream().filter(s -> s == WebhookOutcome.Status.PROCESSED).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == WebhookOutcome.Status.DUPLICATE).count(), statuses.toString());
        assertEquals(Money.ofPence(4_000), balanceOf(card));
    }

    // ---- card payments on the care account ---------------------------------------------------

    @Test
    void aCardPaymentAtACareBusinessCountsTowardTheCareCapAndAShopDoesNotSayingWhy() throws Exception {
        PrepaidCard card = cardHolding(50_000);
        long person = inTransaction(c -> world.directPayments.account(c, card.directPaymentAccountId())).personAccountId();

        deliver("evt_care_" + card.id(), "issuing_transaction.created", StripeFixtures.issuingTransaction(
                "ipi_care_" + card.id(), null, card.issuerCardId(), "capture", 12_000, "8050", "Weymouth Home Care"));
        deliver("evt_food_" + card.id(), "issuing_transaction.created", StripeFixtures.issuingTransaction(
                "ipi_food_" + card.id(), null, card.issuerCardId(), "capture", 2_500, "5411", "Corner Shop"));
        deliver("evt_back_" + card.id(), "issuing_transaction.created", StripeFixtures.issuingTransaction(
                "ipi_back_" + card.id(), null, card.issuerCardId(), "refund", 2_500, "5411", "Corner Shop"));
        deliver("evt_care_" + card.id(), "issuing_transaction.created", StripeFixtures.issuingTransaction(
                "ipi_care_" + card.id(), null, card.issuerCardId(), "capture", 12_000, "8050", "Weymouth Home Care"));

        CareMeter meter = inTransaction(c -> world.careAccounts.meter(c, person));
        assertEquals(Money.ofPence(12_000), meter.counted(), "counted once, however often Stripe sends it");
        assertEquals(List.of(
                "Counted in full: a card payment to Weymouth Home Care (merchant category 8050) is care the council counts",
                "Not counted: a card payment to Corner Shop: merchant category 5411 is not one the council counts as care"),
                meter.entries().stream().map(CareMeterEntry::explanation).toList());
    }

    // ---- card refunds on the care account ----------------------------------------------------

    private long personOf(PrepaidCard card) throws Exception {
        return inTransaction(c -> world.directPayments.account(c, card.directPaymentAccountId())).personAccountId();
    }

    private WebhookOutcome cardTransaction(String eventId, PrepaidCard card, String transactionId, String authorizationId,
                                           String type, long pence, String mcc, String merchant) throws Exception {
        return deliver(eventId, "issuing_transaction.created", StripeFixtures.issuingTransaction(
                transactionId, authorizationId, card.issuerCardId(), type, pence, mcc, merchant));
    }

    private CareMeter meterOf(PrepaidCard card) throws Exception {
        long person = personOf(card);
        return inTransaction(c -> world.careAccounts.meter(c, person));
    }

    private static List<CareMeterEntry> refundLines(CareMeter meter) {
        return meter.entries().stream().filter(e -> e.kind() == CareMeterEntry.Kind.REFUND).toList();
    }

    @Test
    void aRefundOfACarePurchaseTakesItOffTheCareMeterOnceHoweverOftenItIsDelivered() throws Exception {
        PrepaidCard card = cardHolding(50_000);
        String id = "_rf_" + card.id();
        cardTransaction("evt_cap" + id, card, "ipi_cap" + id, "iauth" + id, "capture", 12_000, "8050", "Weymouth Home Care");
        assertEquals(Money.ofPence(12_000), meterOf(card).counted());

        WebhookOutcome first = cardTransaction("evt_ref" + id, card, "ipi_ref" + id, "iauth" + id, "refund", 12_000,
                "8050", "Weymouth Home Care");
        WebhookOutcome replayed = cardTransaction("evt_ref" + id, card, "ipi_ref" + id, "iauth" + id, "refund", 12_000,
                "8050", "Weymouth Home Care");
        cardTransaction("evt_ref_again" + id, card, "ipi_ref" + id, "iauth" + id, "refund", 12_000,
                "8050", "Weymouth Home Care");

        assertEquals(WebhookOutcome.Status.PROCESSED, first.status());
        assertEquals(WebhookOutcome.Status.DUPLICATE, replayed.status());
        CareMeter meter = meterOf(card);
        assertEquals(Money.ZERO, meter.counted());
        List<CareMeterEntry> refunds = refundLines(meter);
        assertEquals(1, refunds.size(), "one line for the refund, by its Stripe id");
        assertEquals(Money.ofPence(-12_000), refunds.get(0).counted());
        assertEquals("Taken off in full: Weymouth Home Care refunded £120.00 of a payment that counted",
                refunds.get(0).explanation());
        assertEquals(Money.ofPence(50_000), balanceOf(card), "the ledger has the money back once too");
    }

    @Test
    void partialRefundsTakeOffWhatWasRefundedAndNeverMoreThanThePurchaseCounted() throws Exception {
        PrepaidCard card = cardHolding(50_000);
        String id = "_part_" + card.id();
        cardTransaction("evt_cap" + id, card, "ipi_cap" + id, "iauth" + id, "capture", 12_000, "8050", "Bridport Care");

        cardTransaction("evt_ref1" + id, card, "ipi_ref1" + id, "iauth" + id, "refund", 3_000, "8050", "Bridport Care");
        assertEquals(Money.ofPence(9_000), meterOf(card).counted());
        cardTransaction("evt_ref2" + id, card, "ipi_ref2" + id, "iauth" + id, "refund", 4_000, "8050", "Bridport Care");
        assertEquals(Money.ofPence(5_000), meterOf(card).counted());
        cardTransaction("evt_ref3" + id, card, "ipi_ref3" + id, "iauth" + id, "refund", 9_000, "8050", "Bridport Care");

        CareMeter meter = meterOf(card);
        assertEquals(Money.ZERO, meter.counted(), "£160 came back for a £120 purchase; only the £120 it counted comes off");
        assertEquals(List.of(Money.ofPence(-3_000), Money.ofPence(-4_000), Money.ofPence(-5_000)),
                refundLines(meter).stream().map(CareMeterEntry::counted).toList());
    }

    @Test
    void aRefundOfAPurchaseThatDidNotCountChangesNothingOnTheCareMeter() throws Exception {
        PrepaidCard card = cardHolding(50_000);
        String id = "_shop_" + card.id();
        cardTransaction("evt_care" + id, card, "ipi_care" + id, "iauth_care" + id, "capture", 12_000, "8050", "Sherborne Care");
        cardTransaction("evt_cap" + id, card, "ipi_cap" + id, "iauth" + id, "capture", 2_500, "5411", "Corner Shop");
        List<CareMeterEntry> before = meterOf(card).entries();

        cardTransaction("evt_ref" + id, card, "ipi_ref" + id, "iauth" + id, "refund", 2_500, "5411", "Corner Shop");

        CareMeter meter = meterOf(card);
        assertEquals(Money.ofPence(12_000), meter.counted());
        assertEquals(before, meter.entries());
    }

    @Test
    void aRefundStripeCouldNotLinkToItsAuthorisationIsMatchedToTheLatestPurchaseAtTheSameMerchant() throws Exception {
        PrepaidCard card = cardHolding(50_000);
        String id = "_unlinked_" + card.id();
        cardTransaction("evt_cap" + id, card, "ipi_cap" + id, null, "capture", 8_000, "8099", "Wareham Nursing");

        cardTransaction("evt_ref" + id, card, "ipi_ref" + id, null, "refund", 2_000, "8099", "Wareham Nursing");

        assertEquals(Money.ofPence(6_000), meterOf(card).counted());
    }

    @Test
    void aRefundNeverTakesTheCareMeterBelowZero() throws Exception {
        PrepaidCard card = cardHolding(50_000);
        String id = "_zero_" + card.id();
        long person = personOf(card);
        cardTransaction("evt_cap" + id, card, "ipi_cap" + id, "iauth" + id, "capture", 10_000, "8050", "Verwood Care");
        inTransaction(c -> world.careAccounts.adjust(c, person, Money.ofPence(-7_000),
                "The visits were paid for twice", 1L, "adjust" + id));

        cardTransaction("evt_ref" + id, card, "ipi_ref" + id, "iauth" + id, "refund", 10_000, "8050", "Verwood Care");

        CareMeter meter = meterOf(card);
        assertEquals(Money.ZERO, meter.counted());
        assertEquals(Money.ofPence(-3_000), refundLines(meter).get(0).counted());
    }
}
