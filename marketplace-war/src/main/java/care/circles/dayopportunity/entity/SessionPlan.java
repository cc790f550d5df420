package care.circles.dayopportunity.entity;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;

/**
 * When a hub or spoke meets: one-off or repeating, at a local time that stays the same across
 * the clock changes, with a number of places, a booking cut-off, and dates without a session
 * (bank holidays if chosen, and any dates the provider gives). Built only through {@link #of}
 * from a provider's form, or from a stored schedule.
 */
public record SessionPlan(SessionKind kind, Recurrence recurrence, LocalDate firstDate, LocalDate lastDate,
                          LocalTime start, LocalTime end, int capacity, int bookingCutoffHours,
                          boolean skipBankHolidays, Set<LocalDate> exceptions) {

    public static final int MAX_CAPACITY = 500;
    /** Hours before the start when booking closes, as the form offers them. */
    public static final List<Integer> CUTOFF_CHOICES = List.of(0, 2, 12, 24, 48, 72);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    public SessionPlan {
        exceptions = Set.copyOf(exceptions);
        if (lastDate != null && lastDate.isBefore(firstDate)) {
            throw new IllegalArgumentException("A schedule cannot end before it starts");
        }
        if (!end.isAfter(start) || capacity < 1 || bookingCutoffHours < 0) {
            throw new IllegalArgumentException("Not a schedule: " + start + "-" + end + ", " + capacity + " places");
        }
    }

    /** The provider's form, field by field. Dates are typed as day, month and year boxes. */
    public record Typed(String kind, String recurrence, String firstDay, String firstMonth, String firstYear,
                        String lastDay, String lastMonth, String lastYear, String startTime, String endTime,
                        String capacity, String bookingCutoffHours, boolean skipBankHolidays, String exceptions) {
    }

    /**
     * @param listing carers' breaks are offered by hubs only
     * @param today   the council's today: the first session cannot be in the past
     * @throws InvalidInputException naming every field to fix
     */
    public static SessionPlan of(Typed typed, ListingKind listing, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        SessionKind kind = Answers.choice(SessionKind.class, typed.kind(), "kind", "Choose what kind of session it is", problems);
        if (kind == SessionKind.CARERS_BREAK && listing != ListingKind.HUB) {
            problems.add(new FieldProblem("kind", "Only hubs offer carers' short breaks: choose Activity session"));
        }
        Recurrence recurrence = Answers.choice(Recurrence.class, typed.recurrence(), "recurrence",
                "Choose how often the session happens", problems);
        LocalDate first = date(typed.firstDay(), typed.firstMonth(), typed.firstYear(), "firstDate",
                "the first session", today, problems).orElse(null);
        if (first == null && isBlank(typed.firstDay(), typed.firstMonth(), typed.firstYear())) {
            problems.add(new FieldProblem("firstDate", "Enter the date of the first session, like " + example(today)));
        } else if (first != null && first.isBefore(today)) {
            problems.add(new FieldProblem("firstDate", "The first session must be today or later"));
        } else if (first != null && first.isAfter(today.plusYears(2))) {
            problems.add(new FieldProblem("firstDate", "The first session must be within the next two years"));
        }
        LocalDate last = recurrence == Recurrence.ONCE ? null
                : date(typed.lastDay(), typed.lastMonth(), typed.lastYear(), "lastDate", "the last session", today,
                problems).orElse(null);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new FieldProblem("lastDate", "The last session must be on or after the first"));
        }
        LocalTime start = time(typed.startTime(), "startTime", "start", problems);
        LocalTime end = time(typed.endTime(), "endTime", "end", problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("endTime", "The end time must be after the start time"));
        }
        int capacity = Answers.whole(typed.capacity(), 1, MAX_CAPACITY, "capacity",
                "Enter how many places each session has, from 1 to " + MAX_CAPACITY, problems);
        int cutoff = Answers.whole(typed.bookingCutoffHours(), 0, 168, "bookingCutoffHours",
                "Choose when booking closes", problems);
        Set<LocalDate> exceptions = exceptions(typed.exceptions(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SessionPlan(kind, recurrence, first, last, start, end, capacity, cutoff, typed.skipBankHolidays(),
                exceptions);
    }

    /**
     * The dates with a session from {@code from} to {@code to}, both included: the schedule's
     * dates less the exceptions and, if the schedule skips them, the bank holidays.
     */
    public List<LocalDate> datesBetween(LocalDate from, LocalDate to, Set<LocalDate> bankHolidays) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate until = lastDate == null || lastDate.isAfter(to) ? to : lastDate;
        for (long n = recurrence.firstIndexNear(firstDate, from); ; n++) {
            Optional<LocalDate> next = recurrence.nth(firstDate, n);
            if (next.isEmpty() || next.get().isAfter(until)) {
                return dates;
            }
            LocalDate date = next.get();
            if (!date.isBefore(from) && !exceptions.contains(date)
                    && !(skipBankHolidays && bankHolidays.contains(date))) {
                dates.add(date);
            }
        }
    }

    /** When the session on this date starts: the same local time whatever the season. */
    public Instant startsOn(LocalDate date) {
        return ZonedDateTime.of(date, start, Platform.UK).toInstant();
    }

    public Instant endsOn(LocalDate date) {
        return ZonedDateTime.of(date, end, Platform.UK).toInstant();
    }

    public Instant bookingClosesOn(LocalDate date) {
        return startsOn(date).minus(Duration.ofHours(bookingCutoffHours));
    }

    /** "Every Tuesday, 10:00 to 12:00, from 1 December 2026". */
    public String describe() {
        String times = SessionTimes.time(start) + " to " + SessionTimes.time(end);
        if (recurrence == Recurrence.ONCE) {
            return SessionTimes.day(firstDate) + ", " + times;
        }
        return recurrence.describe(firstDate) + ", " + times + ", from " + SessionTimes.day(firstDate)
                + (lastDate == null ? "" : " to " + SessionTimes.day(lastDate));
    }

    private static Optional<LocalDate> date(String day, String month, String year, String field, String which,
                                            LocalDate today, List<FieldProblem> problems) {
        if (isBlank(day, month, year)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (NullPointerException | NumberFormatException | DateTimeException e) {
            problems.add(new FieldProblem(field, "The date of " + which + " must be a real date with a day, a month"
                    + " and a year, like " + example(today)));
            return Optional.empty();
        }
    }

    private static LocalTime time(String typed, String field, String which, List<FieldProblem> problems) {
        Matcher matcher = TIME.matcher(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT));
        if (matcher.matches() && (matcher.group(2) != null || matcher.group(3) != null)) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            String half = matcher.group(3);
            boolean valid = half == null || (hour >= 1 && hour <= 12);
            if (half != null) {
                hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
            }
            if (valid && hour <= 23 && minute <= 59) {
                return LocalTime.of(hour, minute);
            }
        }
        problems.add(new FieldProblem(field, "Enter the " + which + " time using the 24-hour clock, like "
                + ("start".equals(which) ? "10:00" : "14:30")));
        return null;
    }

    private static Set<LocalDate> exceptions(String typed, List<FieldProblem> problems) {
        Set<LocalDate> dates = new TreeSet<>();
        if (typed == null || typed.isBlank()) {
            return dates;
        }
        for (String part : typed.split("[,;\\s]+")) {
            Matcher matcher = DATE.matcher(part.strip());
            try {
                if (!matcher.matches()) {
                    throw new NumberFormatException(part);
                }
                dates.add(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(1))));
            } catch (NumberFormatException | DateTimeException e) {
                problems.add(new FieldProblem("exceptions", "Write each date with no session like 24/12/2026,"
                        + " one to a line. '" + part.strip() + "' is not a date like that."));
                return dates;
            }
        }
        return dates;
    }

    private static boolean isBlank(String... parts) {
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String example(LocalDate today) {
        LocalDate next = today.plusDays(7);
        return next.getDayOfMonth() + " " + next.getMonthValue() + " " + next.getYear();
    }
}
