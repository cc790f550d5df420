package care.circles.payment.control;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Not ready while Stripe's settings are missing: card payments would be declined by Stripe's
 * own default and payees could not be paid. Says which environment variable to set.
 */
@Readiness
@ApplicationScoped
public class PaymentsReadiness implements HealthCheck {

    @Inject
    PaymentSettings settings;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("payments");
        var missing = settings.missing();
        for (int i = 0; i < missing.size(); i++) {
            health.withData("missing" + (i + 1), missing.get(i));
        }
        health.withData("stripe", missing.isEmpty() ? "CONFIGURED" : "NOT CONFIGURED");
        return health.status(missing.isEmpty()).build();
    }
}
