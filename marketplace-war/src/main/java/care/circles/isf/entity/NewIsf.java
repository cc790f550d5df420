package care.circles.isf.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import care.circles.payments.Money;
import care.circles.place.entity.TownAnswer;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * A new ISF as council staff or a broker describe it, checked: whose it is, the annual budget,
 * the outcomes of the support plan in the person's own words (one a line), the start date, and
 * (if known) the town the person lives in, so the local market view counts the ISF there.
 *
 * @param homePlaceId null when the form left the town empty
 */
public record NewIsf(long holderProviderId, String personName, Long personAccountId, Long representativeAccountId,
                     Money annualBudget, List<String> outcomes, LocalDate startDate, Long homePlaceId) {

    public static final String HOLDER = "holder";
    public static final String PERSON_NAME = "personName";
    public static final String PERSON_EMAIL = "personEmail";
    public static final String REPRESENTATIVE_EMAIL = "representativeEmail";
    public static final String BUDGET = "annualBudget";
    public static final String OUTCOMES = "outcomes";
    public static final String START_DATE = "startDate";
    public static final String HOME_TOWN = "homeTown";
    public static final int MAX_OUTCOMES = 10;
    public static final int MAX_OUTCOME = 500;

    public NewIsf {
        outcomes = List.copyOf(outcomes);
    }

    /**
     * @param personAccount finds the account of a person who gets care and support by email;
     *                      empty when there is none
     * @throws InvalidInputException naming every field that is wrong
     */
    public static NewIsf of(Long holderProviderId, String personName, String personEmail, String representativeEmail,
                            String annualBudget, String outcomes, String startDate, LocalDate today,
                            Function<String, Optional<Long>> personAccount) {
        return of(holderProviderId, personName, personEmail, representativeEmail, annualBudget, outcomes, startDate,
                null, today, personAccount, town -> Optional.empty());
    }

    /**
     * @param homeTown a town or postcode district of the council's gazetteer, or empty
     * @param place    finds the id of a town or postcode district in the gazetteer
     * @throws InvalidInputException naming every field that is wrong
     */
    public static NewIsf of(Long holderProviderId, String personName, String personEmail, String representativeEmail,
                            String annualBudget, String outcomes, String startDate, String homeTown, LocalDate today,
                            Function<String, Optional<Long>> personAccount, Function<String, Optional<Long>> place) {
        List<FieldProblem> problems = new ArrayList<>();
        if (holderProviderId == null) {
            problems.add(new FieldProblem(HOLDER, "Choose the organisation that will hold the ISF"));
        }
        String name = personName == null ? "" : personName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            problems.add(new FieldProblem(PERSON_NAME, "Enter the name of the person the ISF is for"));
        } else if (name.length() > 120) {
            problems.add(new FieldProblem(PERSON_NAME, "The name must be 120 characters or fewer"));
        }
        Long person = account(personEmail, PERSON_EMAIL, personAccount, problems);
        Long representative = account(representativeEmail, REPRESENTATIVE_EMAIL, personAccount, problems);
        if (person != null && person.equals(representative)) {
            problems.add(new FieldProblem(REPRESENTATIVE_EMAIL, "The representative must be someone other than the person"));
        }
        Money budget = null;
        try {
            budget = Money.parsePounds(annualBudget);
            if (!budget.isPositive()) {
                problems.add(new FieldProblem(BUDGET, "Enter an annual budget greater than £0.00"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(BUDGET, e.getMessage().replace("Enter an amount", "Enter the annual budget")));
        }
        List<String> outcomeLines = outcomes == null ? List.of() : Arrays.stream(outcomes.split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (outcomeLines.isEmpty()) {
            problems.add(new FieldProblem(OUTCOMES, "Enter the outcomes of the support plan in the person's own words,"
                    + " one a line, like \"I want to get to my allotment twice a week\""));
        } else if (outcomeLines.size() > MAX_OUTCOMES) {
            problems.add(new FieldProblem(OUTCOMES, "Enter " + MAX_OUTCOMES + " outcomes or fewer"));
        } else if (outcomeLines.stream().anyMatch(line -> line.length() > MAX_OUTCOME)) {
            problems.add(new FieldProblem(OUTCOMES, "Each outcome must be " + MAX_OUTCOME + " characters or fewer"));
        }
        LocalDate start = null;
        try {
            start = LocalDate.parse(startDate == null ? "" : startDate.strip());
            if (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusYears(1))) {
                problems.add(new FieldProblem(START_DATE, "The start date must be within a year of today"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(START_DATE, "Enter the start date, like 2026-12-01"));
        }
        Long home = TownAnswer.optional(homeTown, place, HOME_TOWN, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NewIsf(holderProviderId, name, person, representative, budget, outcomeLines, start, home);
    }

    private static Long account(String email, String field, Function<String, Optional<Long>> personAccount,
                                List<FieldProblem> problems) {
        if (email == null || email.isBlank()) {
            return null;
        }
        Optional<Long> found = personAccount.apply(email.strip());
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, "There is no account for " + email.strip() + " of a person who gets care"
                    + " and support. Leave it empty, or ask them to create an account first"));
            return null;
        }
        return found.get();
    }
}
