package care.circles.payment.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import care.circles.account.entity.EmailAddress;
import care.circles.payments.Money;
import care.circles.place.entity.Place;
import care.circles.place.entity.TownAnswer;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What the council decides when it opens a direct payment account, as typed into the form:
 * whose account it is, the 4-weekly amount (zero for an account that only takes one-off and
 * low-value payments), the date of the first load, how often loads follow, and (if the council
 * knows it) the town the person lives in, so the local market view counts them there.
 *
 * @param home null when the form left it empty
 */
public record AccountOpening(EmailAddress holderEmail, HolderNames names, Money fourWeeklyAmount, LocalDate firstLoadOn,
                             int loadEveryDays, Place home) {

    /**
     * @param homeTown    a town or postcode district of the council's gazetteer, or empty
     * @param places      finds a town or postcode district in the gazetteer
     * @param today       the council's today; the first load may be up to a year either side of it
     * @throws InvalidInputException listing every problem, each naming its input id
     */
    public static AccountOpening of(String email, String personName, String representativeName, String fourWeekly,
                                    String day, String month, String year, String everyDays, String homeTown,
                                    Function<String, Optional<Place>> places, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        EmailAddress holder = null;
        if (blank(email)) {
            problems.add(new FieldProblem("holderEmail", "Enter the email address the person signs in to Circles with"));
        } else {
            try {
                holder = EmailAddress.of(email);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new FieldProblem("holderEmail", p.message())));
            }
        }
        HolderNames names = null;
        try {
            names = HolderNames.of(personName, representativeName);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        Money amount = null;
        if (fourWeekly == null || fourWeekly.isBlank()) {
            problems.add(new FieldProblem("fourWeekly", "Enter the amount paid every 4 weeks, or 0 for one-off payments only"));
        } else {
            try {
                amount = Money.parsePounds(fourWeekly);
                if (amount.isNegative()) {
                    problems.add(new FieldProblem("fourWeekly", "Enter an amount of £0.00 or more"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("fourWeekly", e.getMessage()));
            }
        }
        LocalDate first = null;
        if (blank(day) && blank(month) && blank(year)) {
            problems.add(new FieldProblem("firstLoadDay", "Enter the date of the first payment, like "
                    + today.getDayOfMonth() + " " + today.getMonthValue() + " " + today.getYear()));
        } else {
            try {
                first = LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                        Integer.parseInt(day.strip()));
                if (first.isBefore(today.minusYears(1)) || first.isAfter(today.plusYears(1))) {
                    problems.add(new FieldProblem("firstLoadDay", "The first payment must be within a year of today"));
                }
            } catch (NumberFormatException | NullPointerException | DateTimeException e) {
                problems.add(new FieldProblem("firstLoadDay", "The date of the first payment must be a real date"));
            }
        }
        int every = 0;
        try {
            every = Integer.parseInt(everyDays == null ? "" : everyDays.strip());
            if (every < 1 || every > 366) {
                problems.add(new FieldProblem("loadEveryDays", "Enter how many days between payments, from 1 to 366"));
            }
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("loadEveryDays", "Enter how many days between payments as a whole number, like 28"));
        }
        Place home = TownAnswer.optional(homeTown, places, "homeTown", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AccountOpening(holder, names, amount, first, every, home);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
