package care.circles.payment.entity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import care.circles.payments.Money;
import care.circles.payments.card.BlockedMerchantCategories;
import care.circles.payments.card.Cardholder.BillingAddress;
import care.circles.payments.careaccount.CareAccountRules;
import care.circles.payments.councilaudit.DirectPaymentAudit;
import care.circles.payments.directpayment.OpenDirectPayment;

/**
 * How this council runs payments, read from configuration (environment variables in
 * production). Every setting is checked at start-up, and a wrong one is named by its
 * environment variable, so a council finds the mistake before anyone's card is declined.
 *
 * @param stripeApiKey   empty when payments through Stripe are not set up yet
 * @param webhookSecret  empty when Stripe's webhooks cannot be verified yet
 * @param stripeApiBase  where the Stripe client sends its calls: Stripe itself unless a stand-in is set (tests, dev)
 * @param loadEveryDays  days between scheduled loads of a new account unless the council chooses otherwise
 */
public record PaymentConfiguration(Optional<String> stripeApiKey, Optional<String> webhookSecret,
                                   Optional<URI> stripeApiBase, BlockedMerchantCategories blockedCategories,
                                   CareAccountRules careRules, int contingencyWeeks, int loadEveryDays,
                                   BillingAddress cardBillingAddress) {

    /** The council's office, where card statements go unless the person's address is known. */
    public static final String DEFAULT_BILLING_ADDRESS = "County Hall, Colliton Park, Dorchester, DT1 1XJ";

    /** Each setting: its MicroProfile Config name, the environment variable people set, and the default. */
    public enum Setting {
        STRIPE_API_KEY("stripe.api-key", null),
        STRIPE_WEBHOOK_SECRET("stripe.webhook-secret", null),
        STRIPE_API_BASE("stripe.api-base", null),
        PAYMENTS_BLOCKED_MCCS("payments.blocked-mccs", BlockedMerchantCategories.DEFAULT_CODES),
        CARE_CAP_PENCE("care.cap-pence", Long.toString(CareAccountRules.ANNOUNCED_CAP.pence())),
        CARE_ELIGIBLE_CATEGORIES("care.eligible-categories", CareAccountRules.DEFAULT_CATEGORIES),
        CARE_ELIGIBLE_MCCS("care.eligible-mccs", CareAccountRules.DEFAULT_MERCHANT_CATEGORIES),
        DP_CONTINGENCY_WEEKS("dp.contingency-weeks", Integer.toString(DirectPaymentAudit.DEFAULT_CONTINGENCY_WEEKS)),
        DP_LOAD_EVERY_DAYS("dp.load-every-days", Integer.toString(OpenDirectPayment.EVERY_FOUR_WEEKS)),
        CARD_BILLING_ADDRESS("payments.card-billing-address", DEFAULT_BILLING_ADDRESS);

        private final String property;
        private final String defaultValue;

        Setting(String property, String defaultValue) {
            this.property = property;
            this.defaultValue = defaultValue;
        }

        /** The MicroProfile Config name; the environment variable is {@link #name()}. */
        public String property() {
            return property;
        }
    }

    /**
     * Reads and checks every setting.
     *
     * @param configured the configured value of a property, empty when it is not set
     * @throws InvalidPaymentConfiguration listing every wrong setting by its environment variable
     */
    public static PaymentConfiguration read(Function<String, Optional<String>> configured) {
        List<String> problems = new ArrayList<>();
        Optional<String> apiKey = value(configured, Setting.STRIPE_API_KEY);
        if (apiKey.isPresent() && !apiKey.get().matches("(sk|rk)_(live|test)_[A-Za-z0-9_]+")) {
            problems.add("STRIPE_API_KEY must be a Stripe secret key (sk_live_… or sk_test_…) or restricted key (rk_…)");
        }
        Optional<String> secret = value(configured, Setting.STRIPE_WEBHOOK_SECRET);
        if (secret.isPresent() && !secret.get().matches("whsec_[A-Za-z0-9_]+")) {
            problems.add("STRIPE_WEBHOOK_SECRET must be the webhook endpoint's signing secret, which starts whsec_");
        }
        Optional<URI> apiBase = Optional.empty();
        Optional<String> base = value(configured, Setting.STRIPE_API_BASE);
        if (base.isPresent()) {
            try {
                URI uri = URI.create(base.get());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException("not a web address");
                }
                apiBase = Optional.of(uri);
            } catch (IllegalArgumentException e) {
                problems.add("STRIPE_API_BASE must be a web address like http://127.0.0.1:12111 (leave it unset to use Stripe)");
            }
        }
        BlockedMerchantCategories blocked = BlockedMerchantCategories.defaults();
        try {
            blocked = BlockedMerchantCategories.parse(orDefault(configured, Setting.PAYMENTS_BLOCKED_MCCS));
        } catch (IllegalArgumentException e) {
            problems.add("PAYMENTS_BLOCKED_MCCS: " + e.getMessage());
        }
        CareAccountRules careRules = CareAccountRules.defaults();
        long cap = number(configured, Setting.CARE_CAP_PENCE, 1, 100_000_000_00L, "pence, like 8600000 for £86,000",
                problems);
        try {
            careRules = CareAccountRules.of(Money.ofPence(cap > 0 ? cap : CareAccountRules.ANNOUNCED_CAP.pence()),
                    orDefault(configured, Setting.CARE_ELIGIBLE_CATEGORIES), orDefault(configured, Setting.CARE_ELIGIBLE_MCCS));
            if (careRules.eligibleCategories().isEmpty()) {
                problems.add("CARE_ELIGIBLE_CATEGORIES must name at least one kind of care, like personal-care");
            }
        } catch (IllegalArgumentException e) {
            problems.add("CARE_ELIGIBLE_MCCS: " + e.getMessage());
        }
        int contingency = (int) number(configured, Setting.DP_CONTINGENCY_WEEKS, 0, 52, "weeks, from 0 to 52", problems);
        int loadEvery = (int) number(configured, Setting.DP_LOAD_EVERY_DAYS, 1, 366, "days, from 1 to 366", problems);
        BillingAddress address = BillingAddress.parse(DEFAULT_BILLING_ADDRESS);
        try {
            address = BillingAddress.parse(orDefault(configured, Setting.CARD_BILLING_ADDRESS));
        } catch (IllegalArgumentException e) {
            problems.add("CARD_BILLING_ADDRESS: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InvalidPaymentConfiguration(problems);
        }
        return new PaymentConfiguration(apiKey, secret, apiBase, blocked, careRules, contingency, loadEvery, address);
    }

    /** What is missing for payments through Stripe, each naming its environment variable; empty when nothing is. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (stripeApiKey.isEmpty()) {
            missing.add("STRIPE_API_KEY is not set: cards cannot be issued and payees cannot be paid");
        }
        if (webhookSecret.isEmpty()) {
            missing.add("STRIPE_WEBHOOK_SECRET is not set: card payments cannot be decided and transfers not confirmed");
        }
        return missing;
    }

    private static Optional<String> value(Function<String, Optional<String>> configured, Setting setting) {
        return configured.apply(setting.property()).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String orDefault(Function<String, Optional<String>> configured, Setting setting) {
        return value(configured, setting).orElse(setting.defaultValue);
    }

    private static long number(Function<String, Optional<String>> configured, Setting setting, long min, long max,
                               String expected, List<String> problems) {
        String text = orDefault(configured, setting);
        try {
            long number = Long.parseLong(text.replace("_", ""));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(setting.name() + " must be a whole number of " + expected + ", not \"" + text + "\"");
        return -1;
    }

    /** One or more settings are wrong: the message names each by its environment variable. */
    public static class InvalidPaymentConfiguration extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final transient List<String> problems;

        public InvalidPaymentConfiguration(List<String> problems) {
            super("The payments configuration is wrong: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
