package care.circles.isf.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import care.circles.payments.Money;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/** Spending a broker records against an ISF: date, what, supplier, amount and the outcome it serves. */
public record NewSpend(LocalDate spentOn, String what, String supplier, Money amount, long outcomeId) {

    public static final String SPENT_ON = "spentOn";
    public static final String WHAT = "what";
    public static final String SUPPLIER = "supplier";
    public static final String AMOUNT = "amount";
    public static final String OUTCOME = "outcome";
    public static final String RECEIPT = "receipt";

    /** @throws InvalidInputException naming every field that is wrong */
    public static NewSpend of(String spentOn, String what, String supplier, String amount, String outcomeId,
                              LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(spentOn == null ? "" : spentOn.strip());
            if (date.isAfter(today)) {
                problems.add(new FieldProblem(SPENT_ON, "The date cannot be in the future: record spending once it is made"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(SPENT_ON, "Enter the date the money was spent, like 2026-11-14"));
        }
        String whatText = text(what, WHAT, 200, "Say what the money was spent on, like \"Swimming sessions in November\"",
                problems);
        String supplierText = text(supplier, SUPPLIER, 120, "Enter who was paid", problems);
        Money money = null;
        try {
            money = Money.parsePounds(amount);
            if (!money.isPositive()) {
                problems.add(new FieldProblem(AMOUNT, "Enter an amount greater than £0.00. To correct an earlier line,"
                        + " reverse it instead"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(AMOUNT, e.getMessage()));
        }
        long outcome = 0;
        try {
            outcome = Long.parseLong(outcomeId == null ? "" : outcomeId.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(OUTCOME, "Choose which outcome of the support plan this spending is for"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewSpend(date, whatText, supplierText, money, outcome);
    }

    private static String text(String value, String field, int max, String missing, List<FieldProblem> problems) {
        String clean = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            problems.add(new FieldProblem(field, missing));
        } else if (clean.length() > max) {
            problems.add(new FieldProblem(field, "This must be " + max + " characters or fewer"));
        }
        return clean;
    }
}
