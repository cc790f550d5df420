package care.circles.audit.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What a council admin is looking for in the audit log. Every part is optional.
 *
 * @param personEmail events done by this person, or done to their account
 * @param action      one kind of event, like COUNCIL_DUTY_GRANTED
 * @param subjectType what the events were about, like provider or safeguarding_concern
 * @param subjectId   which one of those
 * @param from        the first day (UK), inclusive
 * @param to          the last day (UK), inclusive
 */
public record AuditQuery(String personEmail, String action, String subjectType, Long subjectId, LocalDate from,
                         LocalDate to) {

    /** Reads the filters as typed in the form, saying what to fix. */
    public static AuditQuery of(String person, String action, String subjectType, String subjectId, String from,
                                String to) {
        List<FieldProblem> problems = new ArrayList<>();
        Long id = null;
        if (blank(subjectId) != null) {
            try {
                id = Long.parseLong(subjectId.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("subjectId", "Enter the record number as digits, like 42"));
            }
        }
        if (id != null && blank(subjectType) == null) {
            problems.add(new FieldProblem("subjectType", "Choose what the record number is of"));
        }
        LocalDate first = date(problems, "from", from);
        LocalDate last = date(problems, "to", to);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new FieldProblem("to", "The last day must be the same as or after the first day"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditQuery(blank(person), blank(action), blank(subjectType), id, first, last);
    }

    private static LocalDate date(List<FieldProblem> problems, String field, String typed) {
        if (blank(typed) == null) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter a real date, like 2026-03-31"));
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
