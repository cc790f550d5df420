package care.circles.pa.entity;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The parts of the week a PA usually works. Unknown codes are refused, not dropped. */
public final class WeeklyAvailability {

    private final TreeSet<AvailabilitySlot> slots;

    private WeeklyAvailability(Collection<AvailabilitySlot> slots) {
        this.slots = new TreeSet<>(slots);
    }

    public static WeeklyAvailability of(Collection<AvailabilitySlot> slots) {
        return new WeeklyAvailability(slots);
    }

    /** @throws IllegalArgumentException naming a code that is not a day and part of day */
    public static WeeklyAvailability fromCodes(Collection<String> codes) {
        List<AvailabilitySlot> parsed = new ArrayList<>();
        for (String code : codes) {
            parsed.add(AvailabilitySlot.parse(code));
        }
        return new WeeklyAvailability(parsed);
    }

    public static WeeklyAvailability none() {
        return new WeeklyAvailability(List.of());
    }

    /** Every slot of the week, Monday morning first, for forms and grids. */
    public static List<AvailabilitySlot> everySlot() {
        List<AvailabilitySlot> all = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (PartOfDay part : PartOfDay.values()) {
                all.add(new AvailabilitySlot(day, part));
            }
        }
        return all;
    }

    /** Every slot of the week as one row per day, Monday first, for grids. */
    public static List<List<AvailabilitySlot>> byDay() {
        List<AvailabilitySlot> all = everySlot();
        int parts = PartOfDay.values().length;
        List<List<AvailabilitySlot>> rows = new ArrayList<>();
        for (int day = 0; day < DayOfWeek.values().length; day++) {
            rows.add(List.copyOf(all.subList(day * parts, (day + 1) * parts)));
        }
        return rows;
    }

    public boolean includes(AvailabilitySlot slot) {
        return slots.contains(slot);
    }

    public boolean includesAll(Collection<AvailabilitySlot> wanted) {
        return slots.containsAll(wanted);
    }

    public boolean isEmpty() {
        return slots.isEmpty();
    }

    public Set<AvailabilitySlot> slots() {
        return new TreeSet<>(slots);
    }

    public List<String> codes() {
        return slots.stream().map(AvailabilitySlot::code).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyAvailability w && w.slots.equals(slots);
    }

    @Override
    public int hashCode() {
        return slots.hashCode();
    }
}
