package care.circles.advert.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class WeeklyPatternTest {

    @Test
    void keepsTheTickedTimesInWeekOrderAndIgnoresUnknownCodes() {
        WeeklyPattern pattern = WeeklyPattern.of(
                List.of("THURSDAY-AFTERNOON", "monday-evening", "MONDAY-MORNING", "FUNDAY-MORNING", "MONDAY"), "7.5");
        assertEquals(List.of("MONDAY-MORNING", "MONDAY-EVENING", "THURSDAY-AFTERNOON"), pattern.codes());
        assertTrue(pattern.includes(DayOfWeek.MONDAY, PartOfDay.EVENING));
        assertFalse(pattern.includes(DayOfWeek.MONDAY, PartOfDay.NIGHT));
        assertEquals(new BigDecimal("7.5"), pattern.hoursPerWeek());
    }

    @Test
    void saysTheWeekInWords() {
        WeeklyPattern pattern = WeeklyPattern.of(
                List.of("MONDAY-MORNING", "MONDAY-AFTERNOON", "MONDAY-EVENING", "SUNDAY-NIGHT"), "10");
        assertEquals("Monday morning, afternoon and evening; Sunday night", pattern.summary());
        assertEquals("10 hours a week", pattern.hoursText());
        assertEquals("7.5 hours a week", WeeklyPattern.of(List.of("MONDAY-MORNING"), "7.5").hoursText());
    }

    @Test
    void needsAtLeastOneTimeAndTheHours() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> WeeklyPattern.of(List.of("NOT-A-SLOT"), " "));
        assertEquals(List.of("pattern", "hoursPerWeek"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void acceptsWholeOrHalfHoursFromOneToSixty() {
        assertEquals(new BigDecimal("1.0"), WeeklyPattern.of(allWeek(), "1").hoursPerWeek());
        assertEquals(new BigDecimal("60.0"), WeeklyPattern.of(allWeek(), "60").hoursPerWeek());
        for (String wrong : List.of("0.5", "60.5", "7.25", "ten", "-3")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> WeeklyPattern.of(allWeek(), wrong), wrong);
            assertEquals("hoursPerWeek", refused.problems().get(0).field());
        }
    }

    @Test
    void refusesMoreHoursThanTheTickedTimesCanHold() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> WeeklyPattern.of(List.of("MONDAY-MORNING"), "13"));
        assertEquals("hoursPerWeek", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("Tick more times"));
        assertEquals(new BigDecimal("12.0"), WeeklyPattern.of(List.of("MONDAY-MORNING"), "12").hoursPerWeek());
    }

    private static List<String> allWeek() {
        return List.of("MONDAY-MORNING", "TUESDAY-MORNING", "WEDNESDAY-MORNING", "THURSDAY-MORNING", "FRIDAY-MORNING");
    }
}
