package care.circles.advert.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.platform.InvalidInputException;

class OfferedRateTest {

    private final Money baseRate = Money.ofPence(1250);

    @Test
    void warnsWhenBelowTheCouncilsBaseRate() {
        String warning = OfferedRate.of("11.00").warningBelow(baseRate).orElseThrow();
        assertTrue(warning.contains("£11.00"), warning);
        assertTrue(warning.contains("£12.50"), warning);
        assertTrue(warning.contains("You can still send"), "a warning, not a refusal: " + warning);
    }

    @Test
    void saysNothingAtOrAboveTheBaseRate() {
        assertEquals(Optional.empty(), OfferedRate.of("12.50").warningBelow(baseRate));
        assertEquals(Optional.empty(), OfferedRate.of("£14").warningBelow(baseRate));
    }

    @Test
    void refusesRatesThatCannotBeMeant() {
        for (String wrong : new String[] {"", "abc", "0.99", "100.01"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> OfferedRate.of(wrong), wrong);
            assertEquals(OfferedRate.FIELD, refused.problems().get(0).field());
        }
    }
}
