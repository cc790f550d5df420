package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Function;

import com.stripe.StripeClient;
import com.stripe.model.Transfer;

import care.circles.payments.Money;
import care.circles.payments.careaccount.CareAccountRules;
import care.circles.payments.careaccount.CareAccounts;
import care.circles.payments.card.AuthorizationRequest;
import care.circles.payments.card.BlockedMerchantCategories;
import care.circles.payments.card.CardTransaction;
import care.circles.payments.card.PrepaidCard;
import care.circles.payments.card.PreIssuedCard;
import care.circles.payments.card.PrepaidCards;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.DirectPayments;
import care.circles.payments.directpayment.OpenDirectPayment;
import care.circles.payments.directpayment.PayOut;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.payee.Payee;
import care.circles.payments.payee.Payees;
import care.circles.payments.request.Funding;
import care.circles.payments.request.NewPaymentRequest;
import care.circles.payments.request.PaymentRequest;
import care.circles.payments.request.PaymentRequests;
import care.circles.payments.stripe.PayeeTransfer;
import care.circles.payments.stripe.StripeTransfers;
import care.circles.payments.stripe.TransferRequest;

/**
 * Demo money, written through the payments library inside the loader's transaction, dated
 * back from now so statements look lived in: the demo DP holder's account with 4-weekly loads,
 * paid timesheets of the demo PA, two waiting for confirmation, card spending with a declined
 * payment at a betting shop; and three invented accounts for council finance, one holding a
 * surplus well above the contingency.
 */
final class DemoMoney {

    static final String COUNCIL = "Dorset Council";
    /** The demo PA's Stripe Connect account; the Stripe stand-in knows every account id. */
    static final String DEMO_PA_STRIPE_ACCOUNT = "acct_1DemoJoPersonalAssistant";
    static final String DEMO_CARD = "ic_demoPatHughes0001";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Connection connection;
    private final MovableClock clock;
    private final Ledger ledger;
    private final DirectPayments directPayments;
    private final Payees payees;
    private final PaymentRequests requests;
    private final CareAccounts careAccounts;
    private final StripeTransfers transfers;
    private final PrepaidCards cards;

    private DemoMoney(Connection connection, Instant now) {
        this.connection = connection;
        this.clock = new MovableClock(now);
        this.ledger = new Ledger(clock);
        this.directPayments = new DirectPayments(ledger, COUNCIL, clock);
        this.payees = new Payees(ledger, clock);
        this.requests = new PaymentRequests(clock);
        this.careAccounts = new CareAccounts(CareAccountRules.defaults(), clock);
        // Never called: demo transfers are recorded and confirmed as Stripe's webhook would.
        this.transfers = new StripeTransfers(StripeClient.builder().setApiKey("sk_test_demo_data").build(), ledger,
                payees, clock);
        this.cards = new PrepaidCards(ledger, directPayments, new PreIssuedCard("ich_demoPatHughes", DEMO_CARD, "4242"), BlockedMerchantCategories.defaults(),
                clock);
    }

    /** @param passwordHashes the stored hash for an account's email */
    static void write(Connection connection, Instant now, Function<String, String> passwordHashes) throws SQLException {
        new DemoMoney(connection, now).write(passwordHashes);
    }

    private void write(Function<String, String> passwordHashes) throws SQLException {
        Instant now = clock.instant();
        long holder = accountId(DemoAccounts.DP_HOLDER);
        long pa = accountId(DemoAccounts.PERSONAL_ASSISTANT);
        long council = accountId(DemoAccounts.COUNCIL);

        // The demo DP holder: loaded every 4 weeks for the last 12 weeks, Jo D. paid weekly.
        clock.at(now.minus(Duration.ofDays(85)));
        DirectPaymentAccount account = open(holder, "Pat Hughes", null, Money.ofPence(1_120_00), daysAgo(now, 84), council);
        Payee jo = payees.register(connection, pa, "Jo D.", DEMO_PA_STRIPE_ACCOUNT);
        clock.at(now.minus(Duration.ofDays(80)));
        PrepaidCard card = cards.issue(connection, account.id(), "ich_demoPatHughes", false, "demo-card");
        for (int week = 11; week >= 2; week--) {
            Instant confirmed = now.minus(Duration.ofDays(week * 7L - 2));
            loadUntil(account, confirmed);
            clock.at(confirmed.minus(Duration.ofDays(1)));
            paidTimesheet(holder, jo, "demo-" + week, Money.ofPence(20 * 14_50L),
                    "Jo D., PA: 20 hours in the week of " + spoken(daysAgo(now, week * 7L + 6)), confirmed);
            if (week == 6) {
                cardPayment(now.minus(Duration.ofDays(40)), "iauth_demo_cafe", "ipi_demo_cafe", 12_50, "5812",
                        "Weymouth Harbour Cafe", true);
            }
            if (week == 4) {
                cardPayment(now.minus(Duration.ofDays(23)), "iauth_demo_taxi", "ipi_demo_taxi", 18_40, "4121",
                        "Dorchester Taxis", true);
            }
        }
        loadUntil(account, now);
        clock.at(now.minus(Duration.ofDays(9)));
        cards.authorize(connection, new AuthorizationRequest("iauth_demo_bet", card.issuerCardId(),
                Money.ofPence(20_00), "7995", "Lucky Star Bets"));
        cardPayment(now.minus(Duration.ofDays(2)), "iauth_demo_chemist", null, 8_99, "5912", "Bridport Pharmacy", false);
        clock.at(now.minus(Duration.ofDays(6)));
        raise(holder, pa, "timesheet:demo-1", Money.ofPence(20 * 14_50L), "Jo D., PA: 20 hours in the week of "
                + spoken(daysAgo(now, 13)));
        clock.at(now.minus(Duration.ofHours(20)));
        raise(holder, pa, "timesheet:demo-0", Money.ofPence(18 * 14_50L), "Jo D., PA: 18 hours in the week of "
                + spoken(daysAgo(now, 6)));
        holderRow(account.id(), "Pat Hughes", null, "ich_demoPatHughes");

        // Three more accounts for council finance to review. Rosa's has not been spent from for months:
        // it holds far more than the contingency and is flagged as a surplus.
        long rosa = account("rosa.bennett.dp@demo.circles.test", passwordHashes);
        clock.at(now.minus(Duration.ofDays(281)));
        loadUntil(open(rosa, "Rosa Bennett", "Tom Bennett", Money.ofPence(860_00), daysAgo(now, 280), council), now);

        long derek = account("derek.yeo.dp@demo.circles.test", passwordHashes);
        clock.at(now.minus(Duration.ofDays(141)));
        DirectPaymentAccount steady = open(derek, "Derek Yeo", null, Money.ofPence(1_540_00), daysAgo(now, 140), council);
        loadUntil(steady, now.minus(Duration.ofDays(20)));
        clock.at(now.minus(Duration.ofDays(20)));
        directPayments.payOut(connection, new PayOut(steady.id(), jo, Money.ofPence(6_500_00),
                "Jo D., PA: support since the summer", "demo-derek-wages", derek));
        loadUntil(steady, now);

        long janet = account("janet.lowe.dp@demo.circles.test", passwordHashes);
        clock.at(now.minus(Duration.ofDays(30)));
        DirectPaymentAccount breakOnly = open(janet, "Janet Lowe", null, Money.ZERO, daysAgo(now, 30), council);
        directPayments.loadOneOff(connection, breakOnly.id(), Money.ofPence(300_00),
                "One-off payment: Carer's break in the spring", "demo-janet-break", council);
        clock.at(now);
    }

    /** Posts the account's loads due by {@code until}, each at 7 in the morning of its day, as the daily run would. */
    private void loadUntil(DirectPaymentAccount account, Instant until) throws SQLException {
        LocalDate last = LocalDate.ofInstant(until, UK);
        for (LocalDate due = account.firstLoadOn(); !due.isAfter(last); due = due.plusDays(account.loadEveryDays())) {
            Instant at = due.atTime(7, 0).atZone(UK).toInstant();
            clock.at(at.isAfter(until) ? until : at);
            directPayments.postDueLoads(connection, account);
        }
    }

    private DirectPaymentAccount open(long person, String name, String representative, Money fourWeekly,
                                      LocalDate firstLoad, long council) throws SQLException {
        DirectPaymentAccount account = directPayments.open(connection, OpenDirectPayment.everyFourWeeks(person, name,
                fourWeekly, firstLoad, council));
        if (representative != null || !name.equals("Pat Hughes")) {
            holderRow(account.id(), name, representative, null);
        }
        return account;
    }

    private PaymentRequest raise(long payer, long payee, String key, Money amount, String description)
            throws SQLException {
        return requests.raise(connection, new NewPaymentRequest(key, payer, payee, Funding.DIRECT_PAYMENT, amount,
                description, payee, "personal-care"));
    }

    /** A timesheet paid as the marketplace pays one: confirmed, sent, confirmed by Stripe, counted as care. */
    private void paidTimesheet(long holder, Payee payee, String week, Money amount, String description, Instant confirmed)
            throws SQLException {
        PaymentRequest request = raise(holder, payee.ownerAccountId(), "timesheet:" + week, amount, description);
        clock.at(confirmed);
        String key = "payment-request:" + request.id();
        DirectPaymentAccount account = directPayments.findForPerson(connection, holder).orElseThrow();
        directPayments.payOut(connection, new PayOut(account.id(), payee, amount, description, key, holder));
        PayeeTransfer transfer = ((TransferRequest.Recorded) transfers.request(connection, payee.id(), amount, key, holder))
                .transfer();
        requests.markPaying(connection, request.id(), transfer.id());
        careAccounts.recordSpend(connection, holder, "personal-care", amount, LocalDate.ofInstant(confirmed, UK), key);
        clock.at(confirmed.plusSeconds(40));
        Transfer confirmedByStripe = new Transfer();
        confirmedByStripe.setId("tr_demo_" + week.replace("-", ""));
        confirmedByStripe.setMetadata(java.util.Map.of(StripeTransfers.KEY_METADATA, key));
        transfers.settle(connection, confirmedByStripe);
        requests.markPaidWhereTransferSettled(connection);
    }

    private void cardPayment(Instant at, String authorization, String transaction, long pence, String mcc,
                             String merchant, boolean captured) throws SQLException {
        clock.at(at);
        cards.authorize(connection, new AuthorizationRequest(authorization, DEMO_CARD, Money.ofPence(pence), mcc, merchant));
        if (captured) {
            clock.at(at.plus(Duration.ofHours(20)));
            cards.settle(connection, new CardTransaction(transaction, authorization, DEMO_CARD,
                    CardTransaction.Kind.CAPTURE, Money.ofPence(pence), mcc, merchant));
        }
    }

    private void holderRow(long directPaymentAccountId, String name, String representative, String cardholder)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO direct_payment_holder"
                + " (direct_payment_account_id, person_name, representative_name, issuer_cardholder_id) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, directPaymentAccountId);
            insert.setString(2, name);
            insert.setString(3, representative);
            insert.setString(4, cardholder);
            insert.executeUpdate();
        }
    }

    private long account(String email, Function<String, String> passwordHashes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account (email, password_hash, role, created_at) VALUES (?, ?, 'DP_HOLDER', ?)")) {
            insert.setString(1, email);
            insert.setString(2, passwordHashes.apply(email));
            insert.setObject(3, java.time.LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(400)), ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return accountId(email);
    }

    private long accountId(String email) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No demo account " + email);
                }
                return row.getLong(1);
            }
        }
    }

    private static String spoken(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK));
    }

    private static LocalDate daysAgo(Instant now, long days) {
        return LocalDate.ofInstant(now, UK).minusDays(days);
    }

    /** A clock the demo moves back and forth, so entries carry the dates they would have had. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void at(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The demo clock works in UTC instants");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
