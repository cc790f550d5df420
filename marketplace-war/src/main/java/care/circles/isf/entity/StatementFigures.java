package care.circles.isf.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import care.circles.payments.Money;

/**
 * One month of an ISF as a statement shows it: the balance at the start, the budget paid in,
 * every line of spending (corrections included, on the day they were made), the total spent,
 * the balance at the end, and what was spent on each outcome. Built from the ISF's lines alone,
 * so the same month always adds up the same way.
 */
public record StatementFigures(YearMonth month, Money opening, Money moneyIn, List<Spend> lines, Money spent,
                               Money closing, Map<String, Money> byOutcome) {

    public StatementFigures {
        lines = List.copyOf(lines);
        byOutcome = Map.copyOf(byOutcome);
    }

    /**
     * @param outcomes the ISF's outcomes by id, for the words shown against each total
     */
    public static StatementFigures of(Isf isf, List<Spend> allLines, YearMonth month, Map<Long, String> outcomes) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Money fundedBefore = isf.firstMonth().isBefore(month) ? isf.annualBudget() : Money.ZERO;
        Money moneyIn = isf.firstMonth().equals(month) ? isf.annualBudget() : Money.ZERO;
        Money spentBefore = Money.sum(allLines.stream().filter(s -> s.spentOn().isBefore(first)).map(Spend::amount).toList());
        List<Spend> lines = new ArrayList<>();
        Map<String, Money> byOutcome = new LinkedHashMap<>();
        for (Spend line : allLines) {
            if (!line.spentOn().isBefore(first) && !line.spentOn().isAfter(last)) {
                lines.add(line);
                byOutcome.merge(outcomes.getOrDefault(line.outcomeId(), "Outcome " + line.outcomeId()), line.amount(),
                        Money::plus);
            }
        }
        Money spent = Money.sum(lines.stream().map(Spend::amount).toList());
        Money opening = fundedBefore.minus(spentBefore);
        return new StatementFigures(month, opening, moneyIn, lines, spent, opening.plus(moneyIn).minus(spent), byOutcome);
    }
}
