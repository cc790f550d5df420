package care.circles.advert.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class StartDateTest {

    private final LocalDate today = LocalDate.of(2026, 3, 10);

    @Test
    void readsDayMonthAndYearAsTyped() {
        assertEquals(LocalDate.of(2026, 4, 3), StartDate.of(" 3", "04 ", "2026", today).date());
        assertEquals("3 April 2026", StartDate.of("3", "4", "2026", today).spoken());
    }

    @Test
    void todayIsAllowedButYesterdayIsNot() {
        assertEquals(today, StartDate.of("10", "3", "2026", today).date());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> StartDate.of("9", "3", "2026", today));
        assertEquals(StartDate.FIELD, refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("today or in the future"));
    }

    @Test
    void mustBeWithinTheNextTwelveMonths() {
        assertEquals(today.plusYears(1), StartDate.of(today.plusYears(1), today).date());
        assertThrows(InvalidInputException.class, () -> StartDate.of(today.plusYears(1).plusDays(1), today));
    }

    @Test
    void explainsAMissingPartOrADateThatDoesNotExist() {
        assertTrue(message("", "", "").startsWith("Enter the date"));
        assertTrue(message("3", "", "2026").contains("a day, a month and a year"));
        assertTrue(message("31", "4", "2026").contains("real date"));
        assertTrue(message("3", "May", "2026").contains("real date"));
    }

    private String message(String day, String month, String year) {
        return assertThrows(InvalidInputException.class, () -> StartDate.of(day, month, year, today))
                .problems().get(0).message();
    }
}
