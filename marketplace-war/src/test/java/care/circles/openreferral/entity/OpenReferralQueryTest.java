package care.circles.openreferral.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class OpenReferralQueryTest {

    @Test
    void nothingGivenMeansTheFirstPageOfEverything() {
        OpenReferralQuery query = OpenReferralQuery.paging(null, null);
        assertEquals(1, query.page());
        assertEquals(OpenReferralQuery.DEFAULT_PER_PAGE, query.perPage());
        assertFalse(query.filtersByTime());
        assertNull(query.search());
    }

    @Test
    void aDayIsItsNameOrTheTwoLettersOfByday() {
        assertEquals(DayOfWeek.MONDAY, when("Monday", null, null).day());
        assertEquals(DayOfWeek.MONDAY, when("monday", null, null).day());
        assertEquals(DayOfWeek.SATURDAY, when("SA", null, null).day());
        assertEquals(DayOfWeek.SUNDAY, when(" su ", null, null).day());
        assertTrue(when("TU", null, null).filtersByTime());
    }

    @Test
    void timesAreTwentyFourHourClockTimes() {
        OpenReferralQuery query = when(null, "09:30", "15:00:00");
        assertEquals(LocalTime.of(9, 30), query.startTime());
        assertEquals(LocalTime.of(15, 0), query.endTime());
    }

    @Test
    void everyWrongValueIsNamedWithWhatToSendInstead() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> OpenReferralQuery.of(null, null, null, "old", null, "Funday", "9.30am", null, "0", "500"));
        List<String> fields = refused.problems().stream().map(FieldProblem::field).toList();
        assertEquals(List.of("minimum_age", "day", "start_time", "page", "per_page"), fields);
        assertTrue(refused.problems().get(2).message().contains("09:30"));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> when(null, "15:00", "10:00"));
        assertEquals("end_time", refused.problems().get(0).field());
        assertThrows(InvalidInputException.class, () -> when(null, "10:00", "10:00"));
    }

    private static OpenReferralQuery when(String day, String start, String end) {
        return OpenReferralQuery.of(null, null, null, null, null, day, start, end, null, null);
    }
}
