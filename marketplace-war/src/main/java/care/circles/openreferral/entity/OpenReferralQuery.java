package care.circles.openreferral.entity;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * The filters and paging of {@code GET /oruk/services}, as the Open Referral UK API defines
 * them: search, taxonomy_term_id, taxonomy_id, minimum_age, maximum_age, day, start_time,
 * end_time, page (from 1), per_page.
 *
 * @param day       a weekday the service meets on, or null for any day
 * @param startTime the service meets at or after this time (UK local time), or null
 * @param endTime   the service has finished by this time, or null
 */
public record OpenReferralQuery(String search, String taxonomyTermId, String taxonomyId, Integer minimumAge,
                                Integer maximumAge, DayOfWeek day, LocalTime startTime, LocalTime endTime,
                                int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 200;

    /** Only paging: for the lists that take no filters. */
    public static OpenReferralQuery paging(String page, String perPage) {
        return of(null, null, null, null, null, null, null, null, page, perPage);
    }

    public static OpenReferralQuery of(String search, String taxonomyTermId, String taxonomyId, String minimumAge,
                                       String maximumAge, String day, String startTime, String endTime,
                                       String page, String perPage) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer minimum = number(problems, "minimum_age", minimumAge, 0, 120, null);
        Integer maximum = number(problems, "maximum_age", maximumAge, 0, 120, null);
        DayOfWeek weekday = weekday(problems, day);
        LocalTime from = time(problems, "start_time", startTime);
        LocalTime until = time(problems, "end_time", endTime);
        if (from != null && until != null && !from.isBefore(until)) {
            problems.add(new FieldProblem("end_time", "end_time must be later than start_time"));
        }
        int pageNumber = number(problems, "page", page, 1, 1_000_000, 1);
        int size = number(problems, "per_page", perPage, 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new OpenReferralQuery(blank(search), blank(taxonomyTermId), blank(taxonomyId), minimum, maximum,
                weekday, from, until, pageNumber, size);
    }

    /** Whether any filter on when the service meets was given. */
    public boolean filtersByTime() {
        return day != null || startTime != null || endTime != null;
    }

    /** A weekday as a name ("Monday", "monday") or as the two letters schedules use in byday ("MO"). */
    private static DayOfWeek weekday(List<FieldProblem> problems, String typed) {
        String day = blank(typed);
        if (day == null) {
            return null;
        }
        String upper = day.toUpperCase(Locale.ROOT);
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (candidate.name().equals(upper) || candidate.name().substring(0, 2).equals(upper)) {
                return candidate;
            }
        }
        problems.add(new FieldProblem("day", "day must be a day of the week, like Monday or MO"));
        return null;
    }

    private static LocalTime time(List<FieldProblem> problems, String name, String typed) {
        String time = blank(typed);
        if (time == null) {
            return null;
        }
        try {
            return LocalTime.parse(time);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, name + " must be a time like 09:30 or 09:30:00 (24-hour clock)"));
            return null;
        }
    }

    private static Integer number(List<FieldProblem> problems, String name, String typed, int least, int most,
                                  Integer otherwise) {
        if (blank(typed) == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problems.add(new FieldProblem(name, name + " must be a whole number from " + least + " to " + most));
        return otherwise;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
