package care.circles.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({
        "14.50, 1450",
        "£14.50, 1450",
        "14, 1400",
        "14.5, 1450",
        "'1,250.00', 125000",
        "' 0.01 ', 1",
        "-3.20, -320"
    })
    void readsPoundsAsPeopleWriteThem(String typed, long expectedPence) {
        assertEquals(expectedPence, Money.parsePounds(typed).pence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "14.505", "14,50p", "1e3", "£", "12.3.4"})
    void refusesAmountsThatAreNotPoundsAndPence(String typed) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Money.parsePounds(typed));
        assertTrue(error.getMessage().startsWith("Enter"), error.getMessage());
    }

    @Test
    void refusesAmountsAboveOneMillionPounds() {
        assertThrows(IllegalArgumentException.class, () -> Money.parsePounds("1000000.01"));
    }

    @Test
    void addsAndSubtractsExactly() {
        Money tenPence = Money.ofPence(10);
        Money twentyPence = Money.ofPence(20);
        assertEquals(Money.ofPence(30), tenPence.plus(twentyPence));
        assertEquals(Money.ofPence(-10), tenPence.minus(twentyPence));
        assertEquals(Money.ofPence(3 * 1450), Money.ofPence(1450).times(3));
    }

    @Test
    void refusesToOverflowInsteadOfWrapping() {
        assertThrows(ArithmeticException.class, () -> Money.ofPence(Long.MAX_VALUE).plus(Money.ofPence(1)));
    }

    @Test
    void printsPoundsForPeopleAndForForms() {
        assertEquals("£1,250.05", Money.ofPence(125005).toString());
        assertEquals("-£3.20", Money.ofPence(-320).toString());
        assertEquals("£0.00", Money.ofPence(0).toString());
        assertEquals("£0.05", Money.ofPence(5).toString());
        assertEquals("-£0.05", Money.ofPence(-5).toString());
        assertEquals("£999.99", Money.ofPence(99999).toString());
        assertEquals("£1,000,000.00", Money.ofPence(100_000_000).toString());
        assertEquals("-£1,234,567.89", Money.ofPence(-123_456_789).toString());
        assertEquals("£92,233,720,368,547,758.07", Money.ofPence(Long.MAX_VALUE).toString());
        assertEquals("-£92,233,720,368,547,758.08", Money.ofPence(Long.MIN_VALUE).toString());
        assertEquals("14.50", Money.ofPence(1450).toPlainPounds());
        assertEquals("0.07", Money.ofPence(7).toPlainPounds());
    }

    @Test
    void ordersByAmount() {
        assertTrue(Money.ofPence(1).isLessThan(Money.ofPence(2)));
        assertTrue(Money.ofPence(-1).isNegative());
        assertTrue(Money.ofPence(5).compareTo(Money.ZERO) > 0);
    }

    @Test
    void negatesAndTakesTheSizeOfAnAmount() {
        assertEquals(Money.ofPence(-320), Money.ofPence(320).negate());
        assertEquals(Money.ofPence(320), Money.ofPence(-320).abs());
        assertEquals(Money.ofPence(320), Money.ofPence(320).abs());
        assertThrows(ArithmeticException.class, () -> Money.ofPence(Long.MIN_VALUE).negate());
    }

    @Test
    void picksTheSmallerOrLargerAmount() {
        assertEquals(Money.ofPence(5), Money.ofPence(5).min(Money.ofPence(9)));
        assertEquals(Money.ofPence(9), Money.ofPence(5).max(Money.ofPence(9)));
        assertTrue(Money.ofPence(9).isGreaterThan(Money.ofPence(5)));
        assertTrue(Money.ZERO.isZero());
    }

    @Test
    void addsUpAListExactly() {
        assertEquals(Money.ofPence(6), Money.sum(java.util.List.of(Money.ofPence(1), Money.ofPence(2), Money.ofPence(3))));
        assertEquals(Money.ZERO, Money.sum(java.util.List.of()));
    }

    @Test
    void givesWeeksOfFundingToOneDecimalPlace() {
        // £300 held on a £200 four-weekly payment is six weeks of funding.
        assertEquals(new java.math.BigDecimal("6.0"), Money.ofPence(30000).ratioTo(Money.ofPence(20000), 4));
        assertEquals(new java.math.BigDecimal("1.3"), Money.ofPence(100).ratioTo(Money.ofPence(300), 4));
        assertThrows(ArithmeticException.class, () -> Money.ofPence(1).ratioTo(Money.ZERO, 4));
    }
}
