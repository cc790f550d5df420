package care.circles.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.card.control.Cards;
import care.circles.card.entity.CardView;
import care.circles.careaccount.control.CareAccount;
import care.circles.careaccount.entity.MeterView;
import care.circles.finance.control.FinanceAudit;
import care.circles.finance.entity.AccountLine;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.place.control.Gazetteer;
import care.circles.payment.control.PayeeAccounts;
import care.circles.payment.control.PaymentRequestInbox;
import care.circles.payment.control.PaymentTimers;
import care.circles.payment.control.StripeWebhookReceiver;
import care.circles.payment.control.TransferSender;
import care.circles.payment.entity.AccountOpening;
import care.circles.payment.entity.HolderAccount;
import care.circles.payment.entity.PayOutcome;
import care.circles.payments.Money;
import care.circles.payments.card.ReplacementReason;
import care.circles.payments.directpayment.Funds;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import care.circles.payments.request.PaymentRequestStatus;
import care.circles.payments.stripe.PayeeTransfer;
import care.circles.payments.stripe.StripeTransfers;
import care.circles.payments.stripe.TransferStatus;
import care.circles.platform.InvalidInputException;
import care.circles.stripestandin.StandInIds;
import care.circles.stripestandin.StripeFixtures;
import care.circles.stripestandin.StripeSignature;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;

/**
 * The payments library inside the web application, on the container's transactions, the real
 * MariaDB and the Stripe stand-in the build runs: paying requests (once, with Stripe's
 * idempotency key, settled by the webhook), refusals with the amount short, standing approvals,
 * cards decided in real time over the real webhook endpoint with signed payloads, captures
 * reconciled, the care account, surpluses as the clock moves on, and nobody seeing another
 * person's money.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentsIT {

    private static final String PASSWORD = "Correct-horse-battery";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return MarketplaceDeployment.war()
                .addClasses(AdjustableClock.class, StripeStandInAdmin.class, FormSession.class, StripeFixtures.class,
                        StripeSignature.class, StandInIds.class)
                .addAsResource("stripe/fixtures3.json");
    }

    @ArquillianResource
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    DirectPaymentAccounts directPayments;

    @Inject
    Gazetteer gazetteer;

    @Inject
    PaymentRequestInbox inbox;

    @Inject
    PayeeAccounts payees;

    @Inject
    Cards cards;

    @Inject
    CareAccount careAccount;

    @Inject
    FinanceAudit finance;

    @Inject
    CouncilPayments payments;

    @Inject
    TransferSender transfers;

    @Inject
    PaymentTimers timers;

    @Inject
    StripeWebhookReceiver webhooks;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    private Account council;

    // ---- payment requests raised inside the approving transaction ------------------------------

    @Test
    void aPaymentRequestCommitsWithTheApprovalThatRaisedIt() throws Exception {
        long payer = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
        NewPaymentRequest request = newRequest(payer);

        transaction.begin();
        PaymentRequest raised = inbox.raise(request);
        PaymentRequest again = inbox.raise(request);
        transaction.commit();

        assertEquals(raised.id(), again.id());
        assertEquals(1, inbox.awaiting(payer).size());
    }

    @Test
    void aPaymentRequestRollsBackWithTheApprovalThatRaisedIt() throws Exception {
        long payer = ThreadLocalRandom.current().nextLong(2_000_000, 3_000_000);

        transaction.begin();
        inbox.raise(newRequest(payer));
        transaction.rollback();

        assertTrue(inbox.awaiting(payer).isEmpty());
    }

    @Test
    void aPaymentRequestIsOnlyRaisedInsideTheApprovalsTransaction() {
        assertThrows(TransactionalException.class, () -> inbox.raise(newRequest(4_000_000)));
    }

    // ---- paying requests ---------------------------------------------------------------------

    @Test
    void confirmingARequestPaysThePayeeOnceThroughStripeWithOneIdempotencyKeyAndTheWebhookMarksItPaid()
            throws Exception {
        Account holder = holder();
        Account payee = payee();
        HolderAccount account = accountHolding(holder, Money.ofPence(500_00));
        PaymentRequest request = raise(holder, payee, "test:" + token(), Money.ofPence(120_00), null);
        String stripeKey = "circles-transfer:payment-request:" + request.id();
        StripeStandInAdmin stripe = StripeStandInAdmin.ofApplication();

        String outage = stripe.failPosts("/v1/transfers");
        PayOutcome.Paying paying;
        try {
            paying = assertInstanceOf(PayOutcome.Paying.class, inbox.confirm(holder, request.id()));
            PayOutcome again = inbox.confirm(holder, request.id());
            assertEquals("This payment has already been dealt with",
                    assertInstanceOf(PayOutcome.NotPaid.class, again).reason());
            eventually(() -> stripe.postsWithIdempotencyKey("/v1/transfers", stripeKey) >= 1,
                    "Stripe is asked for the transfer once the confirmation commits");
            assertEquals(TransferStatus.PENDING, transfer(paying.transferId()).status(), "Stripe refused it: still pending");
        } finally {
            stripe.remove(outage);
        }
        assertTrue(transfers.submit(paying.transferId()));
        assertTrue(transfers.submit(paying.transferId()), "a second submission finds it submitted and calls nobody");

        PayeeTransfer sent = transfer(paying.transferId());
        assertEquals(TransferStatus.SUBMITTED, sent.status());
        assertEquals(StandInIds.of("tr_", stripeKey), sent.stripeTransferId(), "every call carried the same key");
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_transfer WHERE idempotency_key = ?",
                "payment-request:" + request.id()));
        assertEquals(Money.ofPence(380_00), funds(account).balance(), "the money left the account once");
        assertEquals(PaymentRequestStatus.PAYING, request(request.id()).status());

        HttpResponse<String> answer = deliver("evt_tr_" + token(), "transfer.created", StripeFixtures.transfer(
                sent.stripeTransferId(), 120_00, sent.destination(),
                Map.of(StripeTransfers.KEY_METADATA, "payment-request:" + request.id())));

        assertEquals(200, answer.statusCode(), answer.body());
        PaymentRequest paid = request(request.id());
        assertEquals(PaymentRequestStatus.PAID, paid.status());
        assertNotNull(paid.paidAt());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'PAYMENT_REQUEST_CONFIRMED'"
                + " AND subject_id = ? AND actor_account_id = ?", request.id(), holder.id()));
    }

    @Test
    void notEnoughMoneyRefusesThePaymentWithTheAmountShortAndPostsNothing() throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(100_00));
        PaymentRequest request = raise(holder, payee(), "test:" + token(), Money.ofPence(150_00), null);

        PayOutcome outcome = inbox.confirm(holder, request.id());

        assertEquals("Not enough money in the account: £50.00 short",
                assertInstanceOf(PayOutcome.NotPaid.class, outcome).reason());
        assertEquals(Money.ofPence(100_00), funds(account).balance());
        assertEquals(PaymentRequestStatus.AWAITING, request(request.id()).status());
        assertEquals(0, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?",
                "payment-request:" + request.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM stripe_transfer WHERE idempotency_key = ?",
                "payment-request:" + request.id()));
    }

    @Test
    void aPayeeWithoutAStripeAccountCannotBePaidYetAndAnUnknownStripeAccountIsRefused() throws Exception {
        Account holder = holder();
        accountHolding(holder, Money.ofPence(100_00));
        Account pa = account(Role.PA);
        PaymentRequest request = raise(holder, pa, "test:" + token(), Money.ofPence(10_00), null);

        PayOutcome outcome = inbox.confirm(holder, request.id());

        assertTrue(assertInstanceOf(PayOutcome.NotPaid.class, outcome).reason()
                .contains("has not told Circles how they get paid yet"));
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> payees.connect(pa, "acct_unknown" + token()));
        assertTrue(unknown.problems().get(0).message().startsWith("Stripe has no account"));
        assertEquals("stripeAccount", assertThrows(InvalidInputException.class,
                () -> payees.connect(pa, "not-an-account")).problems().get(0).field());
        assertThrows(SecurityException.class, () -> payees.connect(holder, "acct_1" + token()),
                "only PAs and providers are payees");
    }

    @Test
    void refusingARequestNeedsAReasonWhichThePayeeSees() throws Exception {
        Account holder = holder();
        accountHolding(holder, Money.ofPence(100_00));
        Account payee = payee();
        PaymentRequest request = raise(holder, payee, "test:" + token(), Money.ofPence(10_00), null);

        assertEquals("refusalReason", assertThrows(InvalidInputException.class,
                () -> inbox.refuse(holder, request.id(), "  ")).problems().get(0).field());
        inbox.refuse(holder, request.id(), "I was away that week");

        PaymentRequest refused = request(request.id());
        assertEquals(PaymentRequestStatus.REFUSED, refused.status());
        assertEquals("I was away that week", inbox.toPayee(payee, 1, 10).items().get(0).refusalReason());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'PAYMENT_REQUEST_REFUSED'"
                + " AND subject_id = ?", request.id()));
    }

    @Test
    void aStandingApprovalPaysApprovedTimesheetsButNotBookingsAndSaysWhyWhenItCannot() throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(100_00));
        Account payee = payee();
        directPayments.payTimesheetsAutomatically(holder, true);

        PaymentRequest timesheet = raise(holder, payee, "timesheet:" + token(), Money.ofPence(60_00), null);
        PaymentRequest booking = raise(holder, payee, "booking:" + token(), Money.ofPence(10_00), null);
        eventually(() -> request(timesheet.id()).status() == PaymentRequestStatus.PAYING,
                "the approved timesheet is paid without asking");
        PaymentRequest tooMuch = raise(holder, payee, "timesheet:" + token(), Money.ofPence(70_00), null);
        eventually(() -> request(tooMuch.id()).waitingReason() != null, "a timesheet that cannot be paid says why");

        assertEquals(PaymentRequestStatus.AWAITING, request(booking.id()).status(), "bookings are always confirmed");
        assertEquals(PaymentRequestStatus.AWAITING, request(tooMuch.id()).status());
        assertEquals("Not paid automatically: Not enough money in the account: £30.00 short",
                request(tooMuch.id()).waitingReason());
        assertEquals(Money.ofPence(40_00), funds(account).balance());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'PAID_BY_STANDING_APPROVAL'"
                + " AND subject_id = ?", timesheet.id()));
    }

    // ---- the care account --------------------------------------------------------------------

    @Test
    void eligibleCareCountsTowardTheCareAccountAndTheCouncilCorrectsItWithAReason() throws Exception {
        Account holder = holder();
        accountHolding(holder, Money.ofPence(1_000_00));
        Account payee = payee();
        PaymentRequest care = raise(holder, payee, "test:" + token(), Money.ofPence(200_00), "personal-care");
        PaymentRequest garden = raise(holder, payee, "test:" + token(), Money.ofPence(50_00), "gardening");
        inbox.confirm(holder, care.id());
        inbox.confirm(holder, garden.id());

        MeterView meter = careAccount.ofHolder(holder);
        assertEquals(Money.ofPence(200_00), meter.counted());
        assertEquals(List.of("Not counted: gardening is not eligible care under the council's rules",
                "Counted in full: personal-care is eligible care"),
                meter.lines().stream().map(MeterView.Line::explanation).toList());

        assertEquals("careReason", assertThrows(InvalidInputException.class, () -> careAccount.adjust(council(),
                holder.id(), Money.ofPence(-25_00), "", token())).problems().get(0).field());
        assertThrows(SecurityException.class,
                () -> careAccount.adjust(holder, holder.id(), Money.ofPence(1_000_00), "Mine", token()));
        careAccount.adjust(council(), holder.id(), Money.ofPence(-25_00), "A visit was counted twice", token());

        assertEquals(Money.ofPence(175_00), careAccount.ofHolder(holder).counted());
        assertEquals(Money.ofPence(86_000_00).minus(Money.ofPence(175_00)), careAccount.ofHolder(holder).remaining());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CARE_ACCOUNT_ADJUSTED' AND subject_id = ?",
                holder.id()));
    }

    @Test
    void paSupportCountsByWhatItsAgreementListsAndADayOpportunityByWhatItIs() throws Exception {
        Account holder = holder();
        accountHolding(holder, Money.ofPence(1_000_00));
        Account pa = payee();
        pay(holder, pa, "timesheet:" + timesheetFor(holder, pa, "PERSONAL_CARE", "COMPANIONSHIP"));
        pay(holder, pa, "timesheet:" + timesheetFor(holder, pa, "COMPANIONSHIP", "OUT_AND_ABOUT"));
        pay(holder, pa, "booking:" + bookingOf(holder, "s.kind = 'CARERS_BREAK'"));
        pay(holder, pa, "booking:" + bookingOf(holder,
                "s.kind = 'ACTIVITY' AND d.category NOT IN ('DAY_SERVICES', 'CARERS_BREAKS')"));

        List<MeterView.Line> lines = careAccount.ofHolder(holder).lines(); // newest first
        assertEquals(Money.ofPence(80_00), careAccount.ofHolder(holder).counted(), "personal care and the carers' break");
        assertEquals(List.of("Respite care", "Companionship", "Personal care"),
                lines.subList(1, 4).stream().map(MeterView.Line::category).toList());
        assertEquals("Counted in full: personal-care is eligible care (PA support: Personal care, Companionship)",
                lines.get(3).explanation());
        assertEquals("Not counted: companionship is not eligible care under the council's rules"
                + " (PA support: Companionship, Getting out and about)", lines.get(2).explanation());
        assertTrue(lines.get(1).explanation().startsWith("Counted in full: respite-care is eligible care ("),
                lines.get(1).explanation());
        assertEquals(Money.ZERO.toString(), lines.get(0).counted());
        assertTrue(lines.get(0).explanation().contains("is not eligible care under the council's rules"),
                lines.get(0).explanation());
    }

    @Test
    void aCardPaymentCountsTowardTheCareAccountWhenTheShopIsACareBusiness() throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(200_00));
        String card = issuedCard(account);
        String id = token();

        deliver("evt_carehome_" + id, "issuing_transaction.created", StripeFixtures.issuingTransaction(
                "ipi_carehome_" + id, null, card, "capture", 90_00, "8050", "Bridport Care Home"));
        deliver("evt_grocer_" + id, "issuing_transaction.created", StripeFixtures.issuingTransaction(
                "ipi_grocer_" + id, null, card, "capture", 15_00, "5411", "Bridport Grocer"));

        MeterView meter = careAccount.ofHolder(holder);
        assertEquals(Money.ofPence(90_00), meter.counted());
        assertEquals(List.of("Card payment (merchant category 5411)", "Card payment (merchant category 8050)"),
                meter.lines().stream().map(MeterView.Line::category).toList());
        assertEquals(List.of("Not counted: a card payment to Bridport Grocer: merchant category 5411 is not one the"
                        + " council counts as care",
                "Counted in full: a card payment to Bridport Care Home (merchant category 8050) is care the council counts"),
                meter.lines().stream().map(MeterView.Line::explanation).toList());
    }

    // ---- the council's audit -----------------------------------------------------------------

    @Test
    void aSurplusAboveTheContingencyIsFlaggedAsLoadsPileUpOverWeeksAndAClawbackTakesItBack() {
        Account holder = holder();
        HolderAccount account = open(holder, "1000.00", LocalDate.now(java.time.ZoneId.of("Europe/London")));
        assertFalse(finance.account(council(), account.id()).hasSurplus(), "4 weeks of funding is within 8");
        try {
            AdjustableClock.advance(Duration.ofDays(12 * 7 + 1));
            assertEquals(3, directPayments.postDueLoads(account.id()), "three more loads fell due in 12 weeks");

            AccountLine line = finance.account(council(), account.id());
            assertTrue(line.hasSurplus());
            assertEquals(Money.ofPence(4_000_00), line.balance());
            assertEquals("16.0 weeks", line.weeksHeld());
            assertEquals(Money.ofPence(2_000_00), line.surplus());
            assertTrue(finance.accounts(council(), true, 1, 1_000).items().stream().anyMatch(a -> a.id() == account.id()));

            SpendResult tooMuch = finance.clawback(council(), account.id(), Money.ofPence(5_000_00), "Annual review",
                    token());
            assertEquals(Money.ofPence(1_000_00), assertInstanceOf(SpendResult.Refused.class, tooMuch).shortBy());
            assertEquals("clawbackReason", assertThrows(InvalidInputException.class, () -> finance.clawback(council(),
                    account.id(), Money.ofPence(2_000_00), " ", token())).problems().get(0).field());
            assertInstanceOf(SpendResult.Posted.class, finance.clawback(council(), account.id(), Money.ofPence(2_000_00),
                    "Surplus above 8 weeks at the annual review", token()));

            AccountLine after = finance.account(council(), account.id());
            assertFalse(after.hasSurplus());
            assertEquals(Money.ofPence(2_000_00), after.balance());
            assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'DP_CLAWBACK' AND subject_id = ?",
                    account.id()));
            assertTrue(FinanceAudit.csv(finance.all(council()), LocalDate.now()).contains(
                    "\r\n" + account.id() + ",Person " + holder.id() + ",1000.00,2000.00,8.0,"));
        } finally {
            AdjustableClock.reset();
        }
    }

    @Test
    void theHourlyRunPostsALoadOnTheDayItFallsDueAndOnceHoweverOftenItRuns() {
        Account holder = holder();
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1);
        HolderAccount account = open(holder, "250.00", tomorrow);
        assertEquals(Money.ZERO, funds(account).balance(), "nothing is due before tomorrow");
        try {
            AdjustableClock.advance(Duration.ofHours(25));
            timers.postDueLoads();
            timers.postDueLoads();
        } finally {
            AdjustableClock.reset();
        }
        assertEquals(Money.ofPence(250_00), funds(account).balance());
    }

    @Test
    void openingAnAccountNeedsADpHoldersEmailAndPostsTheLoadsAlreadyDue() {
        Account pa = account(Role.PA);
        InvalidInputException notAHolder = assertThrows(InvalidInputException.class,
                () -> open(pa, "100.00", LocalDate.now()));
        assertEquals("holderEmail", notAHolder.problems().get(0).field());
        Account holder = holder();
        LocalDate eightWeeksAgo = LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(56);

        HolderAccount account = open(holder, "100.00", eightWeeksAgo);

        assertEquals(Money.ofPence(300_00), funds(account).balance(), "loads 8 and 4 weeks ago and today");
        assertEquals(eightWeeksAgo.plusDays(84), directPayments.overview(holder).orElseThrow().nextLoads().get(0));
        assertThrows(InvalidInputException.class, () -> open(holder, "100.00", eightWeeksAgo), "one account a person");
        assertThrows(SecurityException.class, () -> directPayments.open(holder, opening(holder, "1.00", eightWeeksAgo)));
        List<String> problems = assertThrows(InvalidInputException.class, () -> AccountOpening.of("", "", null, "ten",
                "31", "2", "2026", "0", "Atlantis", gazetteer::find, LocalDate.now())).problems().stream()
                .map(p -> p.field()).toList();
        assertEquals(List.of("holderEmail", "personName", "fourWeekly", "firstLoadDay", "loadEveryDays", "homeTown"),
                problems);
        assertEquals(gazetteer.find("Bridport").orElseThrow().id(), count("SELECT place_id FROM direct_payment_holder"
                + " WHERE direct_payment_account_id = ?", account.id()), "where the person lives is kept for the market view");
    }

    @Test
    void aPersonWhoAsksToBeForgottenKeepsTheirFinancialRecordsUnderAPseudonym() {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(75_00));

        finance.pseudonymise(council(), account.id());

        AccountLine line = finance.account(council(), account.id());
        assertEquals("Former holder " + account.id(), line.name());
        assertEquals(Money.ofPence(75_00), line.balance(), "the money and its records stay");
        assertEquals(1, count("SELECT COUNT(*) FROM ledger_account WHERE id = ? AND name = ?",
                account.account().ledgerAccountId(), "Direct payment: Former holder " + account.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'DP_HOLDER_PSEUDONYMISED' AND subject_id = ?",
                account.id()));
    }

    // ---- cards and Stripe's webhooks over HTTP ------------------------------------------------

    @Test
    void aCardIsIssuedFrozenUnfrozenAndReplacedThroughTheCardIssuer() {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(10_00));

        CardView card = cards.issue(council(), account.id(), false);
        assertTrue(card.isActive());
        assertTrue(cards.freeze(holder, card.id()).isFrozen());
        assertTrue(cards.unfreeze(holder, card.id()).isActive());
        CardView replacement = cards.replace(holder, card.id(), ReplacementReason.LOST);

        assertNotEquals(card.id(), replacement.id());
        assertTrue(replacement.isActive());
        assertEquals(List.of(replacement.id(), card.id()), cards.cardsOf(holder).stream().map(CardView::id).toList());
        assertTrue(cards.cardsOf(holder).get(1).isCancelled());
        assertEquals(4, count("SELECT COUNT(*) FROM audit_event WHERE action IN ('CARD_ISSUED', 'CARD_FROZEN',"
                + " 'CARD_UNFROZEN', 'CARD_REPLACED') AND subject_id = ?", card.id()));
    }

    @Test
    void aCardPaymentIsApprovedWhenTheMoneyIsThereAndDeclinedWithAPlainReasonForABlockedShopNotEnoughMoneyOrAFrozenCard()
            throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(50_00));
        String card = issuedCard(account);
        String id = token();

        HttpResponse<String> groceries = authorise("iauth_ok_" + id, card, 20_00, "5411", "Dorchester Market");
        HttpResponse<String> bet = authorise("iauth_bet_" + id, card, 5_00, "7995", "Lucky Star Bets");
        HttpResponse<String> tooMuch = authorise("iauth_big_" + id, card, 40_00, "5411", "Dorchester Market");
        cards.freeze(holder, cards.cardsOf(holder).get(0).id());
        HttpResponse<String> frozen = authorise("iauth_frozen_" + id, card, 1_00, "5411", "Dorchester Market");

        assertEquals("{\"approved\":true}", groceries.body());
        assertTrue(groceries.headers().firstValue("Stripe-Version").isPresent(), "Stripe reads the answer by its version");
        assertEquals("{\"approved\":false}", bet.body());
        assertEquals("{\"approved\":false}", tooMuch.body());
        assertEquals("{\"approved\":false}", frozen.body());
        assertEquals(new Funds(Money.ofPence(50_00), Money.ofPence(20_00)), funds(account), "the approval holds £20");
        assertEquals(List.of("This card is frozen. Unfreeze it in your account to use it again",
                        "Not enough money on the card: £10.00 short",
                        "This card cannot be used for gambling"),
                cards.decisionsOf(holder, 1, 10).items().stream().filter(d -> !d.isApproved())
                        .map(d -> d.outcome()).toList(), "the holder sees every decline with its reason");
    }

    @Test
    void aCaptureDeliveredTenTimesPostsOnceAndACaptureOverItsHoldIsReconciled() throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(50_00));
        String card = issuedCard(account);
        String id = token();
        authorise("iauth_tip_" + id, card, 20_00, "5812", "Weymouth Harbour Cafe");
        ObjectNode capture = StripeFixtures.issuingTransaction("ipi_tip_" + id, "iauth_tip_" + id, card, "capture",
                23_00, "5812", "Weymouth Harbour Cafe");

        for (int i = 0; i < 10; i++) {
            HttpResponse<String> answer = deliver("evt_tip_" + id, "issuing_transaction.created", capture);
            assertEquals(200, answer.statusCode(), answer.body());
        }

        assertEquals(new Funds(Money.ofPence(27_00), Money.ZERO), funds(account),
                "the £23 capture replaced the £20 hold and was posted once");
        assertEquals(1, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", "card-transaction:ipi_tip_" + id));
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ? AND status = 'PROCESSED'", "evt_tip_" + id));
    }

    @Test
    void aCaptureThatBypassedTheCardsControlsOverdrawsTheAccountAndIsFlaggedToTheCouncilThenARefundComesBack()
            throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(10_00));
        String card = issuedCard(account);
        String id = token();

        deliver("evt_offline_" + id, "issuing_transaction.created",
                StripeFixtures.issuingTransaction("ipi_offline_" + id, null, card, "capture", 25_00, "4111", "Bus ticket"));
        assertEquals(Money.ofPence(-15_00), funds(account).balance());
        AccountLine line = finance.account(council(), account.id());
        assertTrue(line.hasOverdrafts(), "council finance sees the overdraft");
        assertEquals(Money.ofPence(-15_00), finance.overdrafts(council(), account.id()).get(0).balanceAfter());

        deliver("evt_refund_" + id, "issuing_transaction.created",
                StripeFixtures.issuingTransaction("ipi_refund_" + id, null, card, "refund", 5_00, "4111", "Bus ticket"));
        assertEquals(Money.ofPence(-10_00), funds(account).balance());
    }

    @Test
    void eventsThatArriveOutOfOrderWaitForWhatTheyReferToAndAReversedAuthorisationReleasesItsHold() throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(50_00));
        String id = token();
        String cardToCome = StandInIds.of("ic_", "circles-card:" + account.id() + ":1");

        HttpResponse<String> early = deliver("evt_early_" + id, "issuing_transaction.created",
                StripeFixtures.issuingTransaction("ipi_early_" + id, null, cardToCome, "capture", 7_00, "5411", "Shop"));
        assertTrue(early.body().contains("DEFERRED"), early.body());
        assertEquals(cardToCome, issuedCard(account));
        webhooks.retryDeferred();
        assertEquals(Money.ofPence(43_00), funds(account).balance(), "the capture is posted once its card is known");

        deliver("evt_capfirst_" + id, "issuing_transaction.created", StripeFixtures.issuingTransaction("ipi_capfirst_" + id,
                "iauth_late_" + id, cardToCome, "capture", 3_00, "5411", "Shop"));
        deliver("evt_authlate_" + id, "issuing_authorization.created", StripeFixtures.authorization("iauth_late_" + id,
                cardToCome, 3_00, "5411", "Shop", true, "pending"));
        assertEquals(new Funds(Money.ofPence(40_00), Money.ZERO), funds(account),
                "a late authorisation of a payment already captured holds nothing");

        authorise("iauth_rev_" + id, cardToCome, 10_00, "5411", "Shop");
        assertEquals(Money.ofPence(10_00), funds(account).held());
        deliver("evt_rev_" + id, "issuing_authorization.updated", StripeFixtures.authorization("iauth_rev_" + id,
                cardToCome, 10_00, "5411", "Shop", true, "reversed"));
        assertEquals(new Funds(Money.ofPence(40_00), Money.ZERO), funds(account), "the reversal released the hold");
    }

    @Test
    void anEventWhoseProcessingFailsIsStoredWithItsErrorAndProcessedOnceWhenRetried() throws Exception {
        Account holder = holder();
        HolderAccount account = accountHolding(holder, Money.ofPence(50_00));
        String card = issuedCard(account);
        String id = token();
        String entry = "card-transaction:ipi_fails_" + id;
        ObjectNode capture = StripeFixtures.issuingTransaction("ipi_fails_" + id, null, card, "capture", 12_00, "5411",
                "Shop");

        execute("CREATE TRIGGER test_refuses_" + id + " BEFORE INSERT ON journal_entry FOR EACH ROW"
                + " BEGIN IF NEW.idempotency_key = '" + entry + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The test database refuses this entry'; END IF; END");
        try {
            HttpResponse<String> failed = deliver("evt_fails_" + id, "issuing_transaction.created", capture);
            assertEquals(500, failed.statusCode(), "Stripe sends it again: " + failed.body());
            assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ? AND status = 'FAILED'"
                    + " AND last_error LIKE '%refuses this entry%'", "evt_fails_" + id), "stored with why it failed");
        } finally {
            execute("DROP TRIGGER IF EXISTS test_refuses_" + id);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", entry));

        webhooks.retryDeferred();
        HttpResponse<String> again = deliver("evt_fails_" + id, "issuing_transaction.created", capture);

        assertTrue(again.body().contains("DUPLICATE"), again.body());
        assertEquals(Money.ofPence(38_00), funds(account).balance());
        assertEquals(1, count("SELECT COUNT(*) FROM journal_entry WHERE idempotency_key = ?", entry));
        assertEquals(1, count("SELECT COUNT(*) FROM stripe_event WHERE id = ? AND status = 'PROCESSED'", "evt_fails_" + id));
    }

    @Test
    void badSignaturesAreRefusedWith400AndNothingIsStored() throws Exception {
        String id = token();
        String payload = StripeFixtures.event("evt_forged_" + id, "issuing_transaction.created",
                StripeFixtures.issuingTransaction("ipi_forged_" + id, null, "ic_any", "capture", 100, "5411", "Shop"),
                Instant.now().getEpochSecond());

        HttpResponse<String> forged = post(payload, StripeSignature.header(payload, "whsec_not_ours",
                Instant.now().getEpochSecond()));
        HttpResponse<String> stale = post(payload, StripeSignature.header(payload, secret(),
                Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond()));
        HttpResponse<String> unsigned = post(payload, null);

        for (HttpResponse<String> refused : List.of(forged, stale, unsigned)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertEquals(0, count("SELECT COUNT(*) FROM stripe_event WHERE id = ?", "evt_forged_" + id));
        assertEquals(200, post(payload, StripeSignature.header(payload, secret(), Instant.now().getEpochSecond()))
                .statusCode(), "the same event signed by Stripe is taken");
    }

    // ---- nobody sees or changes another person's money ---------------------------------------

    @Test
    void aHolderNeverSeesNorChangesAnotherHoldersMoney() throws Exception {
        Account owner = holder();
        HolderAccount ownersAccount = accountHolding(owner, Money.ofPence(300_00));
        Account intruder = holder();
        accountHolding(intruder, Money.ofPence(50_00));
        Account payee = payee();
        PaymentRequest ownersRequest = raise(owner, payee, "test:" + token(), Money.ofPence(30_00), null);
        PaymentRequest intrudersRequest = raise(intruder, payee, "test:" + token(), Money.ofPence(5_00), null);
        CardView ownersCard = cards.issue(council(), ownersAccount.id(), false);

        assertThrows(SecurityException.class, () -> inbox.confirm(intruder, ownersRequest.id()));
        assertThrows(SecurityException.class, () -> inbox.refuse(intruder, ownersRequest.id(), "Not mine"));
        assertThrows(SecurityException.class, () -> cards.freeze(intruder, ownersCard.id()));
        assertEquals(Money.ofPence(50_00), directPayments.overview(intruder).orElseThrow().balance());
        assertTrue(cards.cardsOf(intruder).isEmpty());

        FormSession session = FormSession.signedIn(base, intruder.email().value(), PASSWORD);
        HttpResponse<String> page = session.get("/money/requests.xhtml");
        String ownForm = FormSession.find(page.body(), "(<form id=\"[^\"]+\"[^>]*>(?:(?!</form>).)*name=\"requestId\" value=\""
                + intrudersRequest.id() + "\".*?</form>)");
        String formId = FormSession.find(ownForm, "<form id=\"([^\"]+)\"");
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("requestId", Long.toString(ownersRequest.id()));
        forged.put(FormSession.find(ownForm, "<input type=\"submit\" name=\"([^\"]+)\" value=\"Confirm and pay\""),
                "Confirm and pay");
        HttpResponse<String> attempt = session.post(page, formId, forged);

        assertEquals(403, attempt.statusCode(), "confirming someone else's payment is forbidden");
        assertEquals(PaymentRequestStatus.AWAITING, request(ownersRequest.id()).status());
        assertEquals(Money.ofPence(300_00), funds(ownersAccount).balance());
        HttpResponse<String> statement = session.get("/money/statement.csv");
        assertEquals(200, statement.statusCode());
        assertTrue(statement.body().startsWith("Date,Description,Money in,Money out,Balance\r\n"));
        assertTrue(statement.body().contains(",50.00,,50.00\r\n"), statement.body());
        assertFalse(statement.body().contains("300.00"), "only the holder's own statement");
        HttpResponse<String> pdf = session.get("/money/statement.pdf");
        assertEquals(200, pdf.statusCode(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF-"), pdf.headers() + pdf.body().substring(0, Math.min(300, pdf.body().length())));
        assertEquals(403, FormSession.signedIn(base, payee.email().value(), PASSWORD).get("/money/index.xhtml").statusCode(),
                "a PA has no direct payment pages");
        assertEquals(403, session.get("/council/finance.xhtml").statusCode());
        assertEquals(403, session.get("/council/finance.csv").statusCode());
    }

    @Test
    void theReadinessCheckSaysPaymentsAreSetUp() {
        HttpResponse<String> ready = new HttpProbe(base).get("/health/ready");
        assertTrue(ready.body().contains("\"stripe\":\"CONFIGURED\""), ready.body());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static NewPaymentRequest newRequest(long payer) {
        return new NewPaymentRequest("test:" + payer, payer, payer + 1, Funding.DIRECT_PAYMENT,
                Money.ofPence(2_500), "Two hours with a PA", payer);
    }

    private Account account(Role role) {
        return accounts.register(EmailAddress.of("money-" + token() + "@example.test"), NewPassword.of(PASSWORD, PASSWORD),
                role);
    }

    private Account holder() {
        return account(Role.DP_HOLDER);
    }

    /** A PA whose Stripe account is connected (the stand-in knows every account id). */
    private Account payee() {
        Account pa = account(Role.PA);
        payees.connect(pa, "acct_1" + token());
        return pa;
    }

    private Account council() {
        if (council == null) {
            council = accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
        }
        return council;
    }

    private AccountOpening opening(Account holder, String fourWeekly, LocalDate firstLoad) {
        return AccountOpening.of(holder.email().value(), "Person " + holder.id(), null, fourWeekly,
                Integer.toString(firstLoad.getDayOfMonth()), Integer.toString(firstLoad.getMonthValue()),
                Integer.toString(firstLoad.getYear()), "28", "DT6", gazetteer::find, LocalDate.now());
    }

    private HolderAccount open(Account holder, String fourWeekly, LocalDate firstLoad) {
        return directPayments.open(council(), opening(holder, fourWeekly, firstLoad));
    }

    /** An account without scheduled loads, holding {@code balance} from a one-off payment. */
    private HolderAccount accountHolding(Account holder, Money balance) {
        HolderAccount account = open(holder, "0", LocalDate.now());
        directPayments.payOneOff(council(), account.id(), balance, "Start", "start:" + account.id());
        return account;
    }

    /** Issues a card on the account through the stand-in; returns the card issuer's id for it. */
    private String issuedCard(HolderAccount account) {
        return cards.issue(council(), account.id(), false).card().issuerCardId();
    }

    private PaymentRequest raise(Account payer, Account payee, String key, Money amount, String category)
            throws Exception {
        transaction.begin();
        PaymentRequest raised = inbox.raise(new NewPaymentRequest(key, payer.id(), payee.id(), Funding.DIRECT_PAYMENT,
                amount, "Support in the week of 3 March", payee.id(), category));
        transaction.commit();
        return raised;
    }

    private PaymentRequest request(long id) {
        return payments.withConnection(c -> payments.requests().byId(c, id).orElseThrow());
    }

    private PayeeTransfer transfer(long id) {
        return payments.withConnection(c -> payments.transfers().transfer(c, id));
    }

    private Funds funds(HolderAccount account) {
        return payments.withConnection(c -> payments.directPayments().funds(c, account.id()));
    }

    private HttpResponse<String> authorise(String authorization, String card, long pence, String mcc, String merchant)
            throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = deliver("evt_" + authorization, "issuing_authorization.request",
                StripeFixtures.authorizationRequest(authorization, card, pence, mcc, merchant));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(millis < 2_000, "Stripe waits at most 2 s for the decision; this took " + millis + " ms");
        return answer;
    }

    /** Sends the event to the real webhook endpoint, signed now with the application's secret, as Stripe does. */
    private HttpResponse<String> deliver(String eventId, String type, ObjectNode object) throws Exception {
        long now = Instant.now().getEpochSecond();
        String payload = StripeFixtures.event(eventId, type, object, now);
        return post(payload, StripeSignature.header(payload, secret(), now));
    }

    private HttpResponse<String> post(String payload, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(new HttpProbe(base).resolve("/api/v1/stripe/webhook"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String secret() {
        return ConfigProvider.getConfig().getValue("stripe.webhook-secret", String.class);
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The holder confirms a £40 payment request raised for this source. */
    private void pay(Account holder, Account payee, String sourceKey) throws Exception {
        inbox.confirm(holder, raise(holder, payee, sourceKey, Money.ofPence(40_00), null).id());
    }

    /** An approved timesheet of an agreement listing these support types (straight in the database). */
    private long timesheetFor(Account holder, Account pa, String... supportTypes) {
        long agreement = insert("INSERT INTO agreement (dp_holder_account_id, pa_account_id, pa_profile_id, arrangement,"
                + " one_off, status, place_id, start_date, tasks, hourly_rate_pence, notice_weeks, created_at, updated_at)"
                + " SELECT ?, ?, 0, 'SELF_EMPLOYED', FALSE, 'ACTIVE', MIN(id), CURRENT_DATE, 'Support at home', 1500, 0,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM place", holder.id(), pa.id());
        for (String type : supportTypes) {
            insert("INSERT INTO agreement_skill (agreement_id, skill) VALUES (?, ?)", agreement, type);
        }
        return insert("INSERT INTO timesheet (agreement_id, dp_holder_account_id, pa_account_id, status, submitted_at,"
                + " amount_pence, created_at) VALUES (?, ?, ?, 'APPROVED', UTC_TIMESTAMP(6), 4000, UTC_TIMESTAMP(6))",
                agreement, holder.id(), pa.id());
    }

    /** A booking by the holder of a demo session matching the condition on {@code s} (session) and {@code d} (listing). */
    private long bookingOf(Account holder, String condition) {
        return insert("INSERT INTO booking (session_id, booker_account_id, attendee_name, for_someone_else,"
                + " payment_method, price_pence, status, booked_at) SELECT MIN(s.id), ?, 'Me', FALSE, 'DIRECT_PAYMENT',"
                + " 4000, 'CONFIRMED', UTC_TIMESTAMP(6) FROM day_session s JOIN day_opportunity d"
                + " ON d.id = s.day_opportunity_id WHERE " + condition, holder.id());
    }

    private long insert(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + WITHIN.toSeconds() + " s");
            }
            Thread.sleep(200);
        }
    }

    private static String token() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
