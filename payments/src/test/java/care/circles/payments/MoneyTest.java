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
        assertEquals("14.50", Money.ofPence(1450).toPlainPounds());
        assertEquals("0.07", Money.ofPence(7).toPlainPounds());
    }

    @Test
    void ordersByAmount() {
        assertTrue(Money.ofPence(1).isLessThan(Money.ofPence(2)));
        assertTrue(Money.ofPence(-1).isNegative());
        assertTrue(Money.ofPence(5).compareTo(Money.ZERO) > 0);
    }
}
