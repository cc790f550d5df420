package care.circles.pa.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class AvailabilityTest {

    private final LocalDate today = LocalDate.of(2026, 11, 25);

    @Test
    void aWeekHasTwentyEightSlotsMondayMorningFirst() {
        List<AvailabilitySlot> all = WeeklyAvailability.everySlot();
        assertEquals(28, all.size());
        assertEquals("MONDAY_MORNING", all.get(0).code());
        assertEquals("SUNDAY_NIGHT", all.get(27).code());
        assertEquals(7, WeeklyAvailability.byDay().size());
        assertEquals("Monday morning", all.get(0).label());
    }

    @Test
    void slotsReadBackFromTheirCodesAndSortByDayThenTime() {
        WeeklyAvailability week = WeeklyAvailability.fromCodes(List.of("FRIDAY_EVENING", "MONDAY_NIGHT", "MONDAY_MORNING"));
        assertEquals(List.of("MONDAY_MORNING", "MONDAY_NIGHT", "FRIDAY_EVENING"), week.codes());
        assertTrue(week.includes(new AvailabilitySlot(DayOfWeek.FRIDAY, PartOfDay.EVENING)));
        assertTrue(week.includesAll(List.of(AvailabilitySlot.parse("MONDAY_NIGHT"))));
        assertFalse(week.includes(AvailabilitySlot.parse("TUESDAY_MORNING")));
    }

    @Test
    void refusesCodesThatAreNotADayAndPartOfDay() {
        assertThrows(IllegalArgumentException.class, () -> AvailabilitySlot.parse("MONDAY"));
        assertThrows(IllegalArgumentException.class, () -> AvailabilitySlot.parse("MONDAY_LUNCH"));
        assertThrows(IllegalArgumentException.class, () -> WeeklyAvailability.fromCodes(List.of("SOMEDAY_MORNING")));
    }

    @Test
    void aSingleDayAwayNeedsOnlyItsFirstDay() {
        DateRange christmas = DateRange.typed("2026-12-25", "", today);
        assertEquals(christmas.first(), christmas.last());
        assertTrue(christmas.includes(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void timeAwayMustEndAfterItStartsAndNotBeOver() {
        InvalidInputException backwards = assertThrows(InvalidInputException.class,
                () -> DateRange.typed("2026-12-10", "2026-12-01", today));
        assertEquals("awayTo", backwards.problems().get(0).field());
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> DateRange.typed("2026-01-01", "2026-01-05", today));
        assertEquals("awayTo", past.problems().get(0).field());
        InvalidInputException nonsense = assertThrows(InvalidInputException.class,
                () -> DateRange.typed("31/12/2026", null, today));
        assertEquals("awayFrom", nonsense.problems().get(0).field());
    }

    @Test
    void rangesThatShareADayOverlap() {
        DateRange first = new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10));
        assertTrue(first.overlaps(new DateRange(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 12))));
        assertFalse(first.overlaps(new DateRange(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 12))));
    }
}
