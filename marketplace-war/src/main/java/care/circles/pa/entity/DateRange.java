package care.circles.pa.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/** From one day to another, both included. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("A date range ends on or after the day it starts");
        }
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public boolean overlaps(DateRange other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /**
     * Reads dates as a browser's date field sends them (2026-12-24). The last day may be left
     * empty for a single day away.
     *
     * @throws InvalidInputException naming the fields {@code awayFrom} and {@code awayTo}
     */
    public static DateRange typed(String from, String to, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = date(from, "awayFrom", "Enter the first day you are away", problems);
        LocalDate last = to == null || to.isBlank() ? first : date(to, "awayTo", "Enter the last day you are away", problems);
        if (problems.isEmpty()) {
            if (last.isBefore(first)) {
                problems.add(new FieldProblem("awayTo", "The last day must be the same as or after the first day"));
            } else if (last.isBefore(today)) {
                problems.add(new FieldProblem("awayTo", "The last day must be today or in the future"));
            } else if (first.isAfter(today.plusYears(2))) {
                problems.add(new FieldProblem("awayFrom", "Enter a date within the next two years"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new DateRange(first, last);
    }

    private static LocalDate date(String text, String field, String missing, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, missing));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter a real date, like 24 December 2026"));
            return null;
        }
    }
}
