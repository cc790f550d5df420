package care.circles.isf.entity;

import java.time.YearMonth;
import java.util.List;

/**
 * One ISF with everything its page shows: outcomes, every line of spending, issued statements,
 * and the months a statement can be issued for now.
 */
public record IsfView(IsfSummary summary, List<Outcome> outcomes, List<Spend> lines, List<IssuedStatement> statements,
                      List<YearMonth> monthsToIssue, String personEmail, String representativeEmail) {

    public IsfView {
        outcomes = List.copyOf(outcomes);
        lines = List.copyOf(lines);
        statements = List.copyOf(statements);
        monthsToIssue = List.copyOf(monthsToIssue);
    }

    public Isf isf() {
        return summary.isf();
    }

    /** The words of the outcome a line of spending is for. */
    public String outcomeWords(long outcomeId) {
        return outcomes.stream().filter(o -> o.id() == outcomeId).map(Outcome::words).findFirst().orElse("");
    }

    /** Whether a line can still be reversed: not a correction itself, and not corrected already. */
    public boolean isReversible(Spend line) {
        return !line.isReversal() && lines.stream().noneMatch(other -> line.id().equals(other.reversesId()));
    }
}
