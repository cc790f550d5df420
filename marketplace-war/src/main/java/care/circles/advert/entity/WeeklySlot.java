package care.circles.advert.entity;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One box of the weekly grid: a day and a part of it, like Monday morning. Its code
 * ({@code MONDAY-MORNING}) is what the form's checkboxes send and what the search index holds.
 */
@Embeddable
public class WeeklySlot implements Comparable<WeeklySlot> {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false)
    private DayOfWeek day;

    @Enumerated(EnumType.STRING)
    @Column(name = "part_of_day", nullable = false)
    private PartOfDay part;

    protected WeeklySlot() {
    }

    public WeeklySlot(DayOfWeek day, PartOfDay part) {
        this.day = Objects.requireNonNull(day);
        this.part = Objects.requireNonNull(part);
    }

    /** Reads a checkbox code; anything else (a tampered form) is nothing. */
    public static Optional<WeeklySlot> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String[] parts = code.strip().toUpperCase(Locale.ROOT).split("-");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WeeklySlot(DayOfWeek.valueOf(parts[0]), PartOfDay.valueOf(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String code(DayOfWeek day, PartOfDay part) {
        return day.name() + "-" + part.name();
    }

    public String code() {
        return code(day, part);
    }

    public DayOfWeek day() {
        return day;
    }

    public PartOfDay part() {
        return part;
    }

    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    @Override
    public int compareTo(WeeklySlot other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : part.compareTo(other.part);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklySlot slot && slot.day == day && slot.part == part;
    }

    @Override
    public int hashCode() {
        return day.hashCode() * 31 + part.hashCode();
    }

    @Override
    public String toString() {
        return code();
    }
}
