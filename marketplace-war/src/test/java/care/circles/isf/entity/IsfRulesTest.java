package care.circles.isf.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class IsfRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Optional<Long> person(String email) {
        return email.equals("dp@demo.circles.test") ? Optional.of(11L) : Optional.empty();
    }

    @Test
    void aNewIsfNamesEveryProblemAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> NewIsf.of(null, " ",
                "nobody@example.test", null, "-5", "", "someday", TODAY, IsfRulesTest::person));
        assertEquals(List.of("holder", "personName", "personEmail", "annualBudget", "outcomes", "startDate"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void aNewIsfKeepsTheOutcomesInThePersonsWordsOneALine() {
        NewIsf isf = NewIsf.of(4L, "Alex Morgan", "dp@demo.circles.test", "", "12,480.00",
                "I want to get to my allotment\n\nI want to see my friends\n", "2026-12-01", TODAY, IsfRulesTest::person);
        assertEquals(List.of("I want to get to my allotment", "I want to see my friends"), isf.outcomes());
        assertEquals(Money.ofPence(1_248_000), isf.annualBudget());
        assertEquals(11L, isf.personAccountId());
    }

    @Test
    void spendingCannotBeInTheFutureOrNothing() {
        List<String> fields = assertThrows(InvalidInputException.class, () -> NewSpend.of("2026-11-26", "", " ", "0",
                "x", TODAY)).problems().stream().map(FieldProblem::field).toList();
        assertEquals(List.of("spentOn", "what", "supplier", "amount", "outcome"), fields);
        assertEquals(Money.ofPence(4_550), NewSpend.of("2026-11-25", "Swim", "Pool", "45.50", "3", TODAY).amount());
    }

    @Test
    void paceIsJudgedAgainstTheBudgetSpreadOverTheYear() {
        Money budget = Money.ofPence(365_00);
        LocalDate start = TODAY.minusDays(99);
        assertEquals(SpendingPace.ON_TRACK, SpendingPace.of(budget, Money.ofPence(100_00), start, TODAY));
        assertEquals(SpendingPace.AHEAD, SpendingPace.of(budget, Money.ofPence(150_00), start, TODAY));
        assertEquals(SpendingPace.BEHIND, SpendingPace.of(budget, Money.ofPence(40_00), start, TODAY));
        assertEquals(SpendingPace.ON_TRACK, SpendingPace.of(budget, Money.ZERO, TODAY.minusDays(20), TODAY),
                "too early to call an underspend");
    }

    @Test
    void aStatementAddsUpItsOwnMonthOnly() {
        Isf isf = new Isf(NewIsf.of(4L, "Sam", null, null, "1000.00", "Swim", "2026-09-10", TODAY, IsfRulesTest::person),
                1, Instant.parse("2026-09-01T10:00:00Z"));
        List<Spend> lines = List.of(line(isf, "2026-09-15", 100_00), line(isf, "2026-10-02", 20_00),
                line(isf, "2026-10-31", -5_00), line(isf, "2026-11-01", 7_00));
        StatementFigures september = StatementFigures.of(isf, lines, YearMonth.of(2026, 9), Map.of(1L, "Swim"));
        assertEquals(Money.ZERO, september.opening());
        assertEquals(Money.ofPence(1000_00), september.moneyIn());
        assertEquals(Money.ofPence(900_00), september.closing());
        StatementFigures october = StatementFigures.of(isf, lines, YearMonth.of(2026, 10), Map.of(1L, "Swim"));
        assertEquals(september.closing(), october.opening());
        assertEquals(Money.ZERO, october.moneyIn());
        assertEquals(Money.ofPence(15_00), october.spent(), "a correction counts in the month it was made");
        assertEquals(Money.ofPence(885_00), october.closing());
        assertEquals(Map.of("Swim", Money.ofPence(15_00)), october.byOutcome());
        assertTrue(october.lines().stream().allMatch(l -> l.spentOn().getMonthValue() == 10));
    }

    private static Spend line(Isf isf, String date, long pence) {
        NewSpend spend = new NewSpend(LocalDate.parse(date), "Swim", "Pool", Money.ofPence(Math.abs(pence)), 1L);
        Spend line = new Spend(1L, spend, null, 1L, 1L, Instant.parse("2026-11-01T10:00:00Z"));
        return pence > 0 ? line : Spend.reversing(line, LocalDate.parse(date), "Wrong", 2L, 1L, Instant.now());
    }
}
