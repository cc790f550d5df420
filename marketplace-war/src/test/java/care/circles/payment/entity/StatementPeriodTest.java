package care.circles.payment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class StatementPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static List<FieldProblem> problems(String... typed) {
        return assertThrows(InvalidInputException.class, () -> StatementPeriod.of(typed[0], typed[1], typed[2], typed[3],
                typed[4], typed[5], TODAY)).problems();
    }

    @Test
    void nothingTypedMeansTheLastThreeMonths() {
        StatementPeriod period = StatementPeriod.of(null, null, null, "", "", "", TODAY);

        assertEquals(new StatementPeriod(LocalDate.of(2026, 8, 26), TODAY), period);
        assertEquals("26 August 2026 to 25 November 2026", period.spoken());
        assertEquals("statement-2026-08-26-to-2026-11-25", period.fileName());
    }

    @Test
    void readsTheDatesTyped() {
        assertEquals(new StatementPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                StatementPeriod.of("1", "9", "2026", "30", "9", "2026", TODAY));
    }

    @Test
    void saysWhatIsWrongWithEachDate() {
        assertEquals(List.of(new FieldProblem("fromDay", "The start date must include a day, a month and a year"),
                        new FieldProblem("toDay", "The end date must be a real date, like 1 3 2026")),
                problems("1", "", "2026", "31", "2", "2026"));
        assertEquals(List.of(new FieldProblem("toDay", "The end date must be the same as or after the start date")),
                problems("1", "10", "2026", "1", "9", "2026"));
        assertEquals(List.of(new FieldProblem("toDay", "The end date must be today or in the past")),
                problems("1", "10", "2026", "1", "12", "2026"));
        assertEquals(List.of(new FieldProblem("fromDay", "The start date must be within the last 7 years")),
                problems("1", "1", "2019", "1", "10", "2026"));
    }

    @Test
    void aDownloadLinkWithBrokenDatesGivesTheLastThreeMonths() {
        assertEquals(StatementPeriod.lastThreeMonths(TODAY), StatementPeriod.parse("yesterday", null, TODAY));
        assertEquals(new StatementPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                StatementPeriod.parse("2026-09-01", "2026-09-30", TODAY));
    }
}
