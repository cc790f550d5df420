package care.circles.advert.entity;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * When support is needed in a usual week: the days and parts of days ticked, and how many
 * hours in all. Whole or half hours, 1 to 60; the hours must fit in the times ticked.
 */
public record WeeklyPattern(SortedSet<WeeklySlot> slots, BigDecimal hoursPerWeek) {

    public static final BigDecimal FEWEST_HOURS = BigDecimal.ONE;
    public static final BigDecimal MOST_HOURS = BigDecimal.valueOf(60);
    /** A long shift: no single part of a day holds more. */
    static final int MOST_HOURS_IN_ONE_PART = 12;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public WeeklyPattern {
        slots = new TreeSet<>(slots);
    }

    /**
     * @param slotCodes  the ticked boxes, like MONDAY-MORNING; unknown codes are ignored
     * @param hoursTyped the hours per week as typed, like 10 or 7.5
     * @throws InvalidInputException naming {@code pattern} and/or {@code hoursPerWeek}
     */
    public static WeeklyPattern of(Collection<String> slotCodes, String hoursTyped) {
        List<FieldProblem> problems = new ArrayList<>();
        SortedSet<WeeklySlot> slots = new TreeSet<>();
        if (slotCodes != null) {
            slotCodes.forEach(code -> WeeklySlot.parse(code).ifPresent(slots::add));
        }
        if (slots.isEmpty()) {
            problems.add(new FieldProblem("pattern", "Tick at least one time of day when you need support"));
        }
        BigDecimal hours = hours(hoursTyped, problems);
        if (problems.isEmpty() && hours.compareTo(BigDecimal.valueOf((long) slots.size() * MOST_HOURS_IN_ONE_PART)) > 0) {
            problems.add(new FieldProblem("hoursPerWeek", "You ticked " + slots.size()
                    + (slots.size() == 1 ? " time" : " times") + " of day, which cannot hold " + hours.toPlainString()
                    + " hours a week. Tick more times, or lower the hours."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new WeeklyPattern(slots, hours);
    }

    private static BigDecimal hours(String typed, List<FieldProblem> problems) {
        String message = "Enter the hours per week as a number from 1 to 60, like 10 or 7.5";
        if (typed == null || typed.isBlank()) {
            problems.add(new FieldProblem("hoursPerWeek", "Enter how many hours of support a week, like 10 or 7.5"));
            return null;
        }
        try {
            BigDecimal hours = new BigDecimal(typed.strip());
            boolean wholeOrHalf = hours.remainder(HALF).signum() == 0;
            if (hours.compareTo(FEWEST_HOURS) >= 0 && hours.compareTo(MOST_HOURS) <= 0 && wholeOrHalf) {
                return hours.setScale(1);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("hoursPerWeek", message));
        return null;
    }

    public boolean includes(DayOfWeek day, PartOfDay part) {
        return slots.contains(new WeeklySlot(day, part));
    }

    public List<String> codes() {
        return slots.stream().map(WeeklySlot::code).toList();
    }

    /** "10 hours a week", "7.5 hours a week". */
    public String hoursText() {
        BigDecimal plain = hoursPerWeek.stripTrailingZeros();
        String number = plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
        return number + (plain.compareTo(BigDecimal.ONE) == 0 ? " hour a week" : " hours a week");
    }

    /** For people to read: "Monday morning and evening; Thursday afternoon". */
    public String summary() {
        return slots.stream()
                .collect(Collectors.groupingBy(WeeklySlot::day, java.util.TreeMap::new,
                        Collectors.mapping(s -> s.part().label().toLowerCase(Locale.UK), Collectors.toList())))
                .entrySet().stream()
                .map(day -> WeeklySlot.dayName(day.getKey()) + " " + andList(day.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String andList(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
