package care.circles.engagement.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.payments.Money;
import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportKind;
import care.circles.taxonomy.entity.SupportTypes;

class EngagementTermsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Place DORCHESTER = new Place(1, "Dorchester", new GeoPoint(50.7154, -2.4367));
    static final SupportTypes TYPES = SupportTypes.of(new SupportKind("MEALS", "Meals and cooking", null, 1, true, false));

    @Test
    void checkedTermsSayWhatAUsualWeekCosts() {
        EngagementTerms terms = terms("13.50", "EMPLOYED", "4");
        assertEquals(Arrangement.EMPLOYED, terms.arrangement());
        assertEquals(Money.ofPence(54_00), terms.weeklyCost(), "4 hours at £13.50");
        assertEquals("4 weeks' notice", terms.noticeText());
        assertEquals(LocalDate.of(2026, 3, 16), terms.startDate());
    }

    @Test
    void timeIsPaidToTheNearestPenny() {
        assertEquals(Money.ofPence(3_38), EngagementTerms.costOf(Duration.ofMinutes(15), Money.ofPence(13_50)), "337.5p rounds up");
        assertEquals(Money.ofPence(22_17), EngagementTerms.costOf(Duration.ofMinutes(95), Money.ofPence(14_00)));
    }

    @Test
    void everyProblemIsListedInTheOrderOfTheForm() {
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> EngagementTerms.of(
                new EngagementTerms.Typed(VisitScheduleTest.typed(), "", "", "", " ", Set.of(), "", "free", "CASH", "52"),
                null, TODAY, TYPES));
        assertEquals(List.of("from-MONDAY", "startDate", "tasks", "skills", "town", "hourlyRate", "arrangement", "noticeWeeks"),
                wrong.problems().stream().map(p -> p.field()).toList());
    }

    @Test
    void onlyKindsOfSupportTheCouncilOffersCanBeChosen() {
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> EngagementTerms.of(
                new EngagementTerms.Typed(VisitScheduleTest.typed(DayOfWeek.MONDAY, "9", "11"), "16", "3", "2026",
                        "Lunch", Set.of("FLYING"), "Dorchester", "13.50", "SELF_EMPLOYED", "4"), DORCHESTER, TODAY, TYPES));
        assertEquals("skills", wrong.problems().get(0).field());
    }

    static EngagementTerms terms(String rate, String arrangement, String notice) {
        return EngagementTerms.of(new EngagementTerms.Typed(
                VisitScheduleTest.typed(DayOfWeek.MONDAY, "9:00", "11:00", DayOfWeek.THURSDAY, "2pm", "4pm"), "16", "3",
                "2026", "Shopping and lunch", Set.of("MEALS"), "Dorchester", rate, arrangement, notice), DORCHESTER, TODAY, TYPES);
    }
}
