package care.circles.pa.entity;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** One part of one day of the week, stored and indexed as a code like {@code MONDAY_MORNING}. */
public record AvailabilitySlot(DayOfWeek day, PartOfDay part) implements Comparable<AvailabilitySlot> {

    public AvailabilitySlot {
        if (day == null || part == null) {
            throw new IllegalArgumentException("A slot needs a day and a part of the day");
        }
    }

    /** @throws IllegalArgumentException for anything but a code like MONDAY_MORNING */
    public static AvailabilitySlot parse(String code) {
        int split = code == null ? -1 : code.indexOf('_');
        if (split < 0) {
            throw new IllegalArgumentException("Not a day and part of day: " + code);
        }
        return new AvailabilitySlot(DayOfWeek.valueOf(code.substring(0, split)), PartOfDay.valueOf(code.substring(split + 1)));
    }

    public String code() {
        return day.name() + "_" + part.name();
    }

    /** "Monday morning". */
    public String label() {
        return day.getDisplayName(TextStyle.FULL, Locale.UK) + " " + part.getLabel().toLowerCase(Locale.UK);
    }

    @Override
    public int compareTo(AvailabilitySlot other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : part.compareTo(other.part);
    }
}
