package care.circles.engagement.entity;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One regular visit in a usual week: a day and the clock times it starts and ends where the
 * person lives, like Monday 9:00am to 11:00am. A visit ends on the day it starts.
 */
@Embeddable
public class VisitTime implements Comparable<VisitTime> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    protected VisitTime() {
    }

    public VisitTime(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
        this.day = Objects.requireNonNull(day);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.endsAt = Objects.requireNonNull(endsAt);
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A visit ends after it starts, on the same day");
        }
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    /** "Monday, 9:00am to 11:00am". */
    public String spoken() {
        return day.getDisplayName(TextStyle.FULL, Locale.UK) + ", " + clock(startsAt) + " to " + clock(endsAt);
    }

    /** "9:00am", "12:30pm", as people in the UK write clock times. */
    public static String clock(LocalTime time) {
        return CLOCK.format(time).toLowerCase(Locale.UK);
    }

    @Override
    public int compareTo(VisitTime other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : startsAt.compareTo(other.startsAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitTime v && v.day == day && v.startsAt.equals(startsAt) && v.endsAt.equals(endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, startsAt, endsAt);
    }

    @Override
    public String toString() {
        return spoken();
    }
}
