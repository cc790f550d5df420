package care.circles.payment.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import com.stripe.StripeClient;

import care.circles.payment.entity.PaymentConfiguration;
import care.circles.payments.Transactions;
import care.circles.payments.careaccount.CareAccounts;
import care.circles.payments.card.PrepaidCards;
import care.circles.payments.councilaudit.DirectPaymentAudit;
import care.circles.payments.directpayment.DirectPayments;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.payee.Payees;
import care.circles.payments.request.PaymentRequests;
import care.circles.payments.stripe.StripeCardIssuer;
import care.circles.payments.stripe.StripeConnectAccounts;
import care.circles.payments.stripe.StripeTransfers;
import care.circles.payments.stripe.StripeWebhooks;
import care.circles.platform.Council;
import care.circles.platform.Platform;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The payments library set up for this council: its name, its rules, the application's clock
 * and Stripe. The library works on a JDBC connection inside the caller's transaction; {@link
 * #withConnection} gives it the container's connection, enlisted in the JTA transaction of the
 * {@code @Transactional} bean that calls it, so money and the audit line commit together.
 */
@ApplicationScoped
public class CouncilPayments {

    /** Stripe answers most calls in well under a second; a page never waits longer than this. */
    private static final int STRIPE_TIMEOUT_MILLIS = 10_000;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource database;

    @Inject
    Clock clock;

    @Inject
    Council council;

    @Inject
    PaymentSettings settings;

    private Ledger ledger;
    private DirectPayments directPayments;
    private Payees payees;
    private PaymentRequests requests;
    private CareAccounts careAccounts;
    private DirectPaymentAudit audit;
    private PrepaidCards cards;
    private StripeTransfers transfers;
    private StripeWebhooks webhooks;
    private StripeConnectAccounts connectAccounts;

    @PostConstruct
    void build() {
        PaymentConfiguration configuration = settings.configuration();
        ledger = new Ledger(clock);
        directPayments = new DirectPayments(ledger, council.getName(), clock);
        payees = new Payees(ledger, clock);
        requests = new PaymentRequests(clock);
        careAccounts = new CareAccounts(configuration.careRules(), clock);
        audit = new DirectPaymentAudit(ledger, directPayments, configuration.contingencyWeeks());
        // Without a key the client exists but is never called: every Stripe action checks the settings first.
        StripeClient.StripeClientBuilder client = StripeClient.builder()
                .setApiKey(configuration.stripeApiKey().orElse("sk_test_not_configured"))
                .setConnectTimeout(STRIPE_TIMEOUT_MILLIS)
                .setReadTimeout(STRIPE_TIMEOUT_MILLIS)
                .setMaxNetworkRetries(2);
        configuration.stripeApiBase().ifPresent(base -> client.setApiBase(base.toString())
                .setConnectBase(base.toString()));
        StripeClient stripe = client.build();
        cards = new PrepaidCards(ledger, directPayments, new StripeCardIssuer(stripe),
                configuration.blockedCategories(), clock);
        transfers = new StripeTransfers(stripe, ledger, payees, clock);
        connectAccounts = new StripeConnectAccounts(stripe);
        webhooks = configuration.webhookSecret()
                .map(secret -> new StripeWebhooks(secret, cards, transfers, careAccounts, clock))
                .orElse(null);
    }

    /** Work on the container's connection in the caller's transaction; a database failure is a runtime exception. */
    public <T> T withConnection(Transactions.Work<T> work) {
        try (Connection connection = database.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The payments database work failed: " + e.getMessage(), e);
        }
    }

    /** Today in England, by the application's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Platform.UK);
    }

    public Clock clock() {
        return clock;
    }

    public PaymentConfiguration configuration() {
        return settings.configuration();
    }

    public Ledger ledger() {
        return ledger;
    }

    public DirectPayments directPayments() {
        return directPayments;
    }

    public Payees payees() {
        return payees;
    }

    public PaymentRequests requests() {
        return requests;
    }

    public CareAccounts careAccounts() {
        return careAccounts;
    }

    public DirectPaymentAudit audit() {
        return audit;
    }

    /** Card decisions and settlement need no Stripe call; issuing, freezing and replacing check the settings. */
    public PrepaidCards cards() {
        return cards;
    }

    /** @throws PaymentsNotSetUp when Stripe's settings are missing */
    public StripeTransfers transfers() {
        settings.requireStripe();
        return transfers;
    }

    /** @throws PaymentsNotSetUp when Stripe's settings are missing */
    public StripeConnectAccounts connectAccounts() {
        settings.requireStripe();
        return connectAccounts;
    }

    /** @throws PaymentsNotSetUp when the webhook secret is missing */
    public StripeWebhooks webhooks() {
        if (webhooks == null) {
            settings.requireStripe();
        }
        return webhooks;
    }

    /** Before any call to Stripe. @throws PaymentsNotSetUp when Stripe's settings are missing */
    public void requireStripe() {
        settings.requireStripe();
    }
}
