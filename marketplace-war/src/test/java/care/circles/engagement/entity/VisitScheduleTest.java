package care.circles.engagement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;

class VisitScheduleTest {

    @Test
    void readsClockTimesAsPeopleTypeThem() {
        assertEquals(Optional.of(LocalTime.of(9, 0)), VisitSchedule.clock("9"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), VisitSchedule.clock("09.30"));
        assertEquals(Optional.of(LocalTime.of(14, 0)), VisitSchedule.clock("2pm"));
        assertEquals(Optional.of(LocalTime.of(0, 15)), VisitSchedule.clock("12:15 AM"));
        assertEquals(Optional.of(LocalTime.of(12, 30)), VisitSchedule.clock("12:30pm"));
        assertEquals(Optional.of(LocalTime.of(16, 45)), VisitSchedule.clock("16:45"));
        assertTrue(VisitSchedule.clock("25:00").isEmpty());
        assertTrue(VisitSchedule.clock("13pm").isEmpty());
        assertTrue(VisitSchedule.clock("half past nine").isEmpty());
    }

    @Test
    void keepsOneVisitADayAndAddsUpTheWeek() {
        VisitSchedule schedule = VisitSchedule.of(typed(DayOfWeek.MONDAY, "9am", "11am", DayOfWeek.THURSDAY, "14:00", "15:30"));
        assertEquals("Monday, 9:00am to 11:00am; Thursday, 2:00pm to 3:30pm", schedule.summary());
        assertEquals("3 hours 30 minutes a week", schedule.perWeekText());
    }

    @Test
    void namesTheBoxToFixForEachDayThatIsWrong() {
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> VisitSchedule.of(
                typed(DayOfWeek.MONDAY, "9am", "", DayOfWeek.TUESDAY, "11:00", "10:00")));
        assertEquals(List.of("to-MONDAY", "to-TUESDAY"), wrong.problems().stream().map(p -> p.field()).toList());
        assertTrue(wrong.problems().get(0).message().contains("Monday"));
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> VisitSchedule.of(Map.of()));
        assertEquals("from-MONDAY", none.problems().get(0).field());
        assertTrue(none.problems().get(0).message().contains("at least one visit"));
    }

    @Test
    void aNineOClockVisitStaysAtNineAcrossTheChangeToBritishSummerTime() {
        VisitSchedule daily = VisitSchedule.of(typed(DayOfWeek.SATURDAY, "9:00", "10:00", DayOfWeek.MONDAY, "9:00", "10:00"));
        List<VisitSchedule.Occurrence> dated = daily.occurrences(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30), Platform.UK);
        assertEquals(List.of(Instant.parse("2026-03-28T09:00:00Z"), Instant.parse("2026-03-30T08:00:00Z")),
                dated.stream().map(VisitSchedule.Occurrence::startsAt).toList(), "GMT on Saturday, BST from Sunday");
        List<VisitSchedule.Occurrence> autumn = daily.occurrences(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 26), Platform.UK);
        assertEquals(List.of(Instant.parse("2026-10-24T08:00:00Z"), Instant.parse("2026-10-26T09:00:00Z")),
                autumn.stream().map(VisitSchedule.Occurrence::startsAt).toList(), "back to GMT in October");
    }

    static Map<DayOfWeek, VisitSchedule.Typed> typed(Object... dayFromTo) {
        Map<DayOfWeek, VisitSchedule.Typed> times = new EnumMap<>(DayOfWeek.class);
        for (int i = 0; i < dayFromTo.length; i += 3) {
            times.put((DayOfWeek) dayFromTo[i], new VisitSchedule.Typed((String) dayFromTo[i + 1], (String) dayFromTo[i + 2]));
        }
        return times;
    }
}
