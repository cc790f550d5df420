package care.circles.pa.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import care.circles.payments.Money;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * What a PA says about themselves, checked. Built only through {@link #of}, so a profile can
 * never hold a missing name, an unknown town or a rate of nothing.
 */
public record ProfileDetails(String displayName, Place place, Money hourlyRate, String aboutMe, Set<Skill> skills) {

    public static final int MAX_NAME = 80;
    public static final int MAX_ABOUT = 2000;
    static final Money LOWEST_RATE = Money.ofPence(100);
    static final Money HIGHEST_RATE = Money.ofPence(100_00);

    public ProfileDetails {
        skills = skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
    }

    /**
     * @param place     the gazetteer place the town field resolved to, or null if it did not
     * @param rateTyped the hourly rate as typed, in pounds
     * @throws InvalidInputException listing every field to fix
     */
    public static ProfileDetails of(String displayName, String townTyped, Place place, String rateTyped,
                                    String aboutMe, Set<Skill> skills) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("displayName", "Enter the name people will see, like Sarah K."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("displayName", "Your display name must be " + MAX_NAME + " characters or fewer"));
        }
        if (townTyped == null || townTyped.isBlank()) {
            problems.add(new FieldProblem("town", "Enter the town or postcode district you work from, like Dorchester or DT1"));
        } else if (place == null) {
            problems.add(new FieldProblem("town", "We could not find '" + townTyped.strip()
                    + "'. Choose a town from the list or enter a postcode district like DT1."));
        }
        Money rate = null;
        try {
            rate = Money.parsePounds(rateTyped);
            if (rate.isLessThan(LOWEST_RATE) || HIGHEST_RATE.isLessThan(rate)) {
                problems.add(new FieldProblem("hourlyRate", "Enter an hourly rate between " + LOWEST_RATE
                        + " and " + HIGHEST_RATE));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("hourlyRate", e.getMessage()));
        }
        String about = aboutMe == null ? "" : aboutMe.strip();
        if (about.isEmpty()) {
            problems.add(new FieldProblem("aboutMe", "Write a few sentences about yourself and the support you give"));
        } else if (about.length() > MAX_ABOUT) {
            problems.add(new FieldProblem("aboutMe", "About me must be " + MAX_ABOUT + " characters or fewer; it has "
                    + about.length()));
        }
        if (skills == null || skills.isEmpty()) {
            problems.add(new FieldProblem("skills", "Choose at least one kind of support you offer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ProfileDetails(name, place, rate, about, skills);
    }
}
