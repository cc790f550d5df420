package care.circles.payment.control;

import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import care.circles.payment.entity.PaymentConfiguration;
import care.circles.payment.entity.PaymentConfiguration.InvalidPaymentConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The council's payment settings, checked when the application starts: a wrong value (a
 * merchant code that is not four digits, a cap that is not a number) stops the start with a
 * message naming the environment variable. Missing Stripe keys do not stop it (the rest of the
 * marketplace works), but the readiness check says which is missing.
 */
@ApplicationScoped
public class PaymentSettings {

    private static final Logger LOG = Logger.getLogger(PaymentSettings.class.getName());

    @Inject
    Config config;

    private PaymentConfiguration configuration;

    @PostConstruct
    void read() {
        try {
            configuration = PaymentConfiguration.read(name -> config.getOptionalValue(name, String.class));
        } catch (InvalidPaymentConfiguration e) {
            LOG.severe(() -> e.getMessage() + ". Circles cannot start until this is corrected.");
            throw e;
        }
        configuration.missing().forEach(problem -> LOG.warning(() -> "Payments: " + problem));
    }

    /** Reads the settings as the application starts, so a wrong one stops the start, not a payment later. */
    void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        configuration();
    }

    public PaymentConfiguration configuration() {
        return configuration;
    }

    /** What is missing for payments through Stripe, naming the environment variables; empty when set up. */
    public List<String> missing() {
        return configuration.missing();
    }

    /** @throws PaymentsNotSetUp when the Stripe settings are missing */
    public void requireStripe() {
        if (!missing().isEmpty()) {
            throw new PaymentsNotSetUp(missing().get(0));
        }
    }
}
