package care.circles.advert.entity;

import java.util.Optional;

import care.circles.payments.Money;
import care.circles.platform.InvalidInputException;

/**
 * The hourly rate an advert offers. Below the council's base rate is allowed (a person may
 * top up or have reasons), but the poster is told, so it is never by mistake.
 */
public record OfferedRate(Money perHour) {

    public static final String FIELD = "hourlyRate";
    static final Money LOWEST = Money.ofPence(100);
    static final Money HIGHEST = Money.ofPence(100_00);

    /** @throws InvalidInputException naming {@value #FIELD} */
    public static OfferedRate of(String typed) {
        Money rate;
        try {
            rate = Money.parsePounds(typed);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, e.getMessage());
        }
        return of(rate);
    }

    public static OfferedRate of(Money rate) {
        if (rate.isLessThan(LOWEST) || HIGHEST.isLessThan(rate)) {
            throw new InvalidInputException(FIELD, "Enter an hourly rate between " + LOWEST + " and " + HIGHEST);
        }
        return new OfferedRate(rate);
    }

    /** A warning for the poster when the rate is below the council's base rate, else nothing. */
    public Optional<String> warningBelow(Money baseRate) {
        if (!perHour.isLessThan(baseRate)) {
            return Optional.empty();
        }
        return Optional.of(perHour + " an hour is below the council's base rate for personal assistants of "
                + baseRate + " an hour. You can still send your advert, but fewer PAs may reply.");
    }

    @Override
    public String toString() {
        return perHour + " an hour";
    }
}
