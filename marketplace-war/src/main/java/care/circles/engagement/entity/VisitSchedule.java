package care.circles.engagement.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

/**
 * The regular visits of a usual week, at most one a day, with local clock times. Turned into
 * dated visits by {@link #occurrences}: the clock time is kept across the change to and from
 * British Summer Time, so a 9:00am visit is at 9:00am in March and in November alike.
 */
public record VisitSchedule(SortedSet<VisitTime> times) {

    /** The shortest visit that makes sense to book. */
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?$");

    public VisitSchedule {
        times = new TreeSet<>(times);
    }

    /** The field ids of one day's boxes on the form, like {@code from-MONDAY}. */
    public static String fromField(DayOfWeek day) {
        return "from-" + day.name();
    }

    public static String toField(DayOfWeek day) {
        return "to-" + day.name();
    }

    /** One day's typed start and end, either or both may be blank. */
    public record Typed(String from, String to) {
    }

    /**
     * @param typed what was typed for each day; days left out or with both boxes blank have no visit
     * @throws InvalidInputException naming the box of each day that is wrong
     */
    public static VisitSchedule of(Map<DayOfWeek, Typed> typed) {
        List<FieldProblem> problems = new ArrayList<>();
        SortedSet<VisitTime> times = new TreeSet<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            Typed entry = typed.getOrDefault(day, new Typed(null, null));
            boolean noFrom = blank(entry.from());
            boolean noTo = blank(entry.to());
            if (noFrom && noTo) {
                continue;
            }
            String dayName = day.getDisplayName(TextStyle.FULL, Locale.UK);
            if (noFrom || noTo) {
                problems.add(new FieldProblem(noFrom ? fromField(day) : toField(day),
                        "Enter both the time the visit on " + dayName + " starts and the time it ends"));
                continue;
            }
            Optional<LocalTime> from = clock(entry.from());
            Optional<LocalTime> to = clock(entry.to());
            if (from.isEmpty() || to.isEmpty()) {
                problems.add(new FieldProblem(from.isEmpty() ? fromField(day) : toField(day),
                        "Enter the times on " + dayName + " like 9:30am or 14:00"));
                continue;
            }
            if (Duration.between(from.get(), to.get()).compareTo(SHORTEST) < 0) {
                problems.add(new FieldProblem(toField(day), "The visit on " + dayName
                        + " must end at least 15 minutes after it starts, on the same day"));
                continue;
            }
            times.add(new VisitTime(day, from.get(), to.get()));
        }
        if (problems.isEmpty() && times.isEmpty()) {
            problems.add(new FieldProblem(fromField(DayOfWeek.MONDAY),
                    "Enter the start and end time of at least one visit in a usual week"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new VisitSchedule(times);
    }

    /** Reads "9", "9:30", "09.30", "2pm", "2:30pm" or "14:00"; anything else is nothing. */
    public static Optional<LocalTime> clock(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher m = CLOCK.matcher(typed.strip().toLowerCase(Locale.ROOT).replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + ("pm".equals(half) ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    public static VisitSchedule of(Collection<VisitTime> times) {
        return new VisitSchedule(new TreeSet<>(times));
    }

    public Optional<VisitTime> on(DayOfWeek day) {
        return times.stream().filter(t -> t.day() == day).findFirst();
    }

    public Duration perWeek() {
        return times.stream().map(VisitTime::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** "4 hours a week", "2 hours 30 minutes a week". */
    public String perWeekText() {
        return Hours.spoken(perWeek()) + " a week";
    }

    /** "Monday, 9:00am to 11:00am; Thursday, 2:00pm to 4:00pm". */
    public String summary() {
        return times.stream().map(VisitTime::spoken).collect(Collectors.joining("; "));
    }

    /** A visit on one date, as instants. */
    public record Occurrence(Instant startsAt, Instant endsAt) {
    }

    /** The dated visits from {@code first} to {@code last} (both included), at local clock times in zone. */
    public List<Occurrence> occurrences(LocalDate first, LocalDate last, ZoneId zone) {
        List<Occurrence> dated = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            LocalDate date = day;
            on(weekday).ifPresent(time -> dated.add(new Occurrence(date.atTime(time.startsAt()).atZone(zone).toInstant(),
                    date.atTime(time.endsAt()).atZone(zone).toInstant())));
        }
        return dated;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
