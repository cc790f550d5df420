package care.circles.advert.control;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.payments.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council's published base hourly rate for PAs ({@code PA_BASE_RATE_PENCE}); adverts below it get a warning. */
@Named
@ApplicationScoped
public class BaseHourlyRate {

    @Inject
    @ConfigProperty(name = "pa.base-rate-pence", defaultValue = "1250")
    long pence;

    public Money amount() {
        return Money.ofPence(pence);
    }

    public String getText() {
        return amount().toString();
    }
}
