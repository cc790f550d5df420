package care.circles.pa.control;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.payments.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council's published base hourly rate for PAs (PA_BASE_RATE_PENCE), shown beside every PA's own rate. */
@Named
@ApplicationScoped
public class CouncilRates {

    @Inject
    @ConfigProperty(name = "pa.base-rate-pence", defaultValue = "1250")
    long baseRatePence;

    public Money baseHourlyRate() {
        return Money.ofPence(baseRatePence);
    }

    /** For pages: "£12.50". */
    public String getBaseRateText() {
        return baseHourlyRate().toString();
    }

    public boolean isBelowBase(Money rate) {
        return rate.isLessThan(baseHourlyRate());
    }
}
