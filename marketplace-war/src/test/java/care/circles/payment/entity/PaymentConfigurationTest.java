package care.circles.payment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.circles.payment.entity.PaymentConfiguration.InvalidPaymentConfiguration;
import care.circles.payments.Money;

class PaymentConfigurationTest {

    private static PaymentConfiguration read(Map<String, String> settings) {
        return PaymentConfiguration.read(name -> Optional.ofNullable(settings.get(name)));
    }

    private static List<String> problems(Map<String, String> settings) {
        return assertThrows(InvalidPaymentConfiguration.class, () -> read(settings)).problems();
    }

    @Test
    void withNothingSetTheCouncilsDefaultsApplyAndStripeIsMissing() {
        PaymentConfiguration defaults = read(Map.of());

        assertEquals(Money.ofPence(8_600_000), defaults.careRules().cap());
        assertEquals(8, defaults.contingencyWeeks());
        assertEquals(28, defaults.loadEveryDays());
        assertEquals(Optional.of("gambling"), defaults.blockedCategories().blockedUse("7995"));
        assertEquals("Dorchester", defaults.cardBillingAddress().town());
        assertEquals(List.of("STRIPE_API_KEY is not set: cards cannot be issued and payees cannot be paid",
                "STRIPE_WEBHOOK_SECRET is not set: card payments cannot be decided and transfers not confirmed"),
                defaults.missing());
    }

    @Test
    void everySettingIsReadFromItsConfigurationName() {
        Map<String, String> settings = new HashMap<>();
        settings.put("stripe.api-key", "sk_test_abc123");
        settings.put("stripe.webhook-secret", "whsec_abc");
        settings.put("stripe.api-base", "http://127.0.0.1:12111");
        settings.put("payments.blocked-mccs", "7995, 5993");
        settings.put("care.cap-pence", "5000000");
        settings.put("care.eligible-categories", "personal-care,day-care");
        settings.put("care.eligible-mccs", "8050 8062");
        settings.put("dp.contingency-weeks", "4");
        settings.put("dp.load-every-days", "14");

        PaymentConfiguration configured = read(settings);

        assertTrue(configured.missing().isEmpty());
        assertEquals("http://127.0.0.1:12111", configured.stripeApiBase().orElseThrow().toString());
        assertEquals(Optional.of("buying tobacco"), configured.blockedCategories().blockedUse("5993"));
        assertEquals(Optional.empty(), configured.blockedCategories().blockedUse("5921"));
        assertEquals(Money.ofPence(5_000_000), configured.careRules().cap());
        assertTrue(configured.careRules().isEligible("day-care"));
        assertTrue(configured.careRules().isEligibleMerchant("8062"));
        assertEquals(4, configured.contingencyWeeks());
        assertEquals(14, configured.loadEveryDays());
    }

    @Test
    void eachWrongSettingIsNamedByItsEnvironmentVariable() {
        Map<String, String> settings = new HashMap<>();
        settings.put("stripe.api-key", "pk_test_public");
        settings.put("stripe.webhook-secret", "secret");
        settings.put("stripe.api-base", "not a url");
        settings.put("payments.blocked-mccs", "7995,gambling");
        settings.put("care.cap-pence", "eighty-six thousand");
        settings.put("care.eligible-mccs", "8050,care");
        settings.put("dp.contingency-weeks", "60");
        settings.put("dp.load-every-days", "0");
        settings.put("payments.card-billing-address", "County Hall");

        List<String> problems = problems(settings);

        assertEquals(List.of("STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE", "PAYMENTS_BLOCKED_MCCS",
                "CARE_CAP_PENCE", "CARE_ELIGIBLE_MCCS", "DP_CONTINGENCY_WEEKS", "DP_LOAD_EVERY_DAYS", "CARD_BILLING_ADDRESS"),
                problems.stream().map(p -> p.split("[ :]")[0]).toList());
        assertEquals("PAYMENTS_BLOCKED_MCCS: A merchant category code is four digits, like 7995: gambling", problems.get(3));
        assertEquals("CARE_ELIGIBLE_MCCS: A merchant category code is four digits, like 8050: care", problems.get(5));
    }

    @Test
    void aCareAccountNeedsAtLeastOneEligibleKindOfCare() {
        assertEquals(List.of("CARE_ELIGIBLE_CATEGORIES must name at least one kind of care, like personal-care"),
                problems(Map.of("care.eligible-categories", " , ")));
    }
}
