package care.circles.engagement.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import care.circles.advert.entity.OfferedRate;
import care.circles.advert.entity.StartDate;
import care.circles.payments.Money;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.platform.SpokenDate;
import care.circles.taxonomy.entity.SupportTypes;

/**
 * What a DP holder asks a PA for, or what the PA proposes instead: the regular visits, when
 * they start, what the PA will do, where, the hourly rate, how the PA is engaged and the notice
 * either side gives to end it. Checked as a whole; never built invalid.
 */
public record EngagementTerms(VisitSchedule schedule, LocalDate startDate, String tasks, Set<String> skills,
                              Place place, Money hourlyRate, Arrangement arrangement, int noticeWeeks) {

    public static final int MAX_TASKS = 1000;
    public static final int FEWEST_NOTICE_WEEKS = 1;
    public static final int MOST_NOTICE_WEEKS = 12;

    public EngagementTerms {
        skills = new TreeSet<>(skills);
    }

    /** The form as typed. */
    public record Typed(Map<DayOfWeek, VisitSchedule.Typed> times, String startDay, String startMonth,
                        String startYear, String tasks, Set<String> skills, String town, String hourlyRate,
                        String arrangement, String noticeWeeks) {
    }

    /**
     * @param place the gazetteer place the town resolved to, or null
     * @throws InvalidInputException listing every field to fix, in the order of the form
     */
    public static EngagementTerms of(Typed typed, Place place, LocalDate today, SupportTypes types) {
        List<FieldProblem> problems = new ArrayList<>();
        VisitSchedule schedule = collect(() -> VisitSchedule.of(typed.times()), problems);
        StartDate start = collect(() -> StartDate.of(typed.startDay(), typed.startMonth(), typed.startYear(), today),
                problems);
        String tasks = typed.tasks() == null ? "" : typed.tasks().strip();
        if (tasks.isEmpty()) {
            problems.add(new FieldProblem("tasks", "Say what you would like the PA to help with, like shopping and cooking lunch"));
        } else if (tasks.length() > MAX_TASKS) {
            problems.add(new FieldProblem("tasks", "What the PA will do must be " + MAX_TASKS
                    + " characters or fewer; it has " + tasks.length()));
        }
        if (typed.skills() == null || typed.skills().isEmpty()) {
            problems.add(new FieldProblem("skills", "Choose at least one kind of support"));
        } else if (!typed.skills().stream().allMatch(types::isChoosable)) {
            problems.add(new FieldProblem("skills", "Choose from the kinds of support shown"));
        }
        if (typed.town() == null || typed.town().isBlank()) {
            problems.add(new FieldProblem("town", "Enter the town or postcode district where the visits are, like Dorchester or DT1"));
        } else if (place == null) {
            problems.add(new FieldProblem("town", "We could not find '" + typed.town().strip()
                    + "'. Choose a town from the list or enter a postcode district like DT1."));
        }
        OfferedRate rate = collect(() -> OfferedRate.of(typed.hourlyRate()), problems);
        Arrangement arrangement = arrangement(typed.arrangement(), problems);
        int notice = noticeWeeks(typed.noticeWeeks(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EngagementTerms(schedule, start.date(), tasks, typed.skills(), place, rate.perHour(), arrangement,
                notice);
    }

    private static Arrangement arrangement(String typed, List<FieldProblem> problems) {
        try {
            return Arrangement.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("arrangement", "Choose whether the PA is self-employed or employed by you"));
            return null;
        }
    }

    private static int noticeWeeks(String typed, List<FieldProblem> problems) {
        try {
            int weeks = Integer.parseInt(typed == null ? "" : typed.strip());
            if (weeks >= FEWEST_NOTICE_WEEKS && weeks <= MOST_NOTICE_WEEKS) {
                return weeks;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("noticeWeeks", "Enter the notice as a whole number of weeks from "
                + FEWEST_NOTICE_WEEKS + " to " + MOST_NOTICE_WEEKS + ", like 4"));
        return 0;
    }

    private static <T> T collect(Supplier<T> build, List<FieldProblem> problems) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** What a usual week costs at the hourly rate, to the penny (rounded half up). */
    public Money weeklyCost() {
        return costOf(schedule.perWeek(), hourlyRate);
    }

    /** Time worked at an hourly rate, in whole pence, rounded half up. */
    public static Money costOf(Duration worked, Money hourlyRate) {
        long minutes = worked.toMinutes();
        return Money.ofPence((minutes * hourlyRate.pence() + 30) / 60);
    }

    /** "4 weeks' notice", "1 week's notice". */
    public String noticeText() {
        return noticeText(noticeWeeks);
    }

    public static String noticeText(int weeks) {
        return weeks == 1 ? "1 week's notice" : weeks + " weeks' notice";
    }

    /** One line for the history: what these terms are. */
    public String summary(SupportTypes types) {
        return schedule.summary() + ". From " + SpokenDate.of(startDate) + " in " + place.name() + ", "
                + hourlyRate + " an hour (" + arrangement.getLabel().toLowerCase(Locale.UK) + ", "
                + noticeText() + "). Support: " + String.join(", ", types.ordered(skills).stream()
                .map(types::label).toList()) + ".";
    }
}
