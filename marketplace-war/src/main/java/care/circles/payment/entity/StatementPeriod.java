package care.circles.payment.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.platform.SpokenDate;

/**
 * The dates a statement covers, both included: typed as day, month and year, or the last three
 * months when nothing is typed. At most 7 years (as long as records are kept), never ending
 * after today.
 */
public record StatementPeriod(LocalDate from, LocalDate to) {

    public static final String FROM = "fromDay";
    public static final String TO = "toDay";

    public StatementPeriod {
        if (to.isBefore(from)) {
            throw new InvalidInputException(TO, "The end date must be the same as or after the start date");
        }
    }

    /** The last three months up to today. */
    public static StatementPeriod lastThreeMonths(LocalDate today) {
        return new StatementPeriod(today.minusMonths(3).plusDays(1), today);
    }

    /**
     * Reads the dates typed into the filter: blank dates mean the last three months.
     *
     * @throws InvalidInputException naming {@value #FROM} and {@value #TO}
     */
    public static StatementPeriod of(String fromDay, String fromMonth, String fromYear, String toDay, String toMonth,
                                     String toYear, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = date(fromDay, fromMonth, fromYear, FROM, "start", today.minusMonths(3).plusDays(1), problems);
        LocalDate to = date(toDay, toMonth, toYear, TO, "end", today, problems);
        if (to != null && to.isAfter(today)) {
            problems.add(new FieldProblem(TO, "The end date must be today or in the past"));
        }
        if (from != null && from.isBefore(today.minusYears(7))) {
            problems.add(new FieldProblem(FROM, "The start date must be within the last 7 years"));
        }
        if (problems.isEmpty() && to.isBefore(from)) {
            problems.add(new FieldProblem(TO, "The end date must be the same as or after the start date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new StatementPeriod(from, to);
    }

    /** For a download link: the same dates as ISO text. */
    public static StatementPeriod parse(String from, String to, LocalDate today) {
        try {
            return new StatementPeriod(LocalDate.parse(from), LocalDate.parse(to));
        } catch (DateTimeException | NullPointerException e) {
            return lastThreeMonths(today);
        }
    }

    private static LocalDate date(String day, String month, String year, String field, String which,
                                  LocalDate blank, List<FieldProblem> problems) {
        if (isBlank(day) && isBlank(month) && isBlank(year)) {
            return blank;
        }
        if (isBlank(day) || isBlank(month) || isBlank(year)) {
            problems.add(new FieldProblem(field, "The " + which + " date must include a day, a month and a year"));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            problems.add(new FieldProblem(field, "The " + which + " date must be a real date, like 1 3 2026"));
            return null;
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** "1 September 2026 to 30 November 2026". */
    public String spoken() {
        return SpokenDate.of(from) + " to " + SpokenDate.of(to);
    }

    /** A name for a downloaded file: statement-2026-09-01-to-2026-11-30. */
    public String fileName() {
        return "statement-" + from + "-to-" + to;
    }
}
