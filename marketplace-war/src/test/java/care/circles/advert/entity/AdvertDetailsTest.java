package care.circles.advert.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportKind;
import care.circles.taxonomy.entity.SupportTypes;

class AdvertDetailsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final SupportTypes TYPES = SupportTypes.of(
            new SupportKind("MEALS", "Meals and cooking", null, 10, true, false),
            new SupportKind("COMPANIONSHIP", "Companionship", null, 20, true, false));
    static final Place DORCHESTER = new Place(1, "Dorchester", new GeoPoint(50.7154, -2.4367));

    /** A valid advert as typed; tests change one field at a time. */
    static AdvertDetails.Typed typed(String title, String description) {
        return new AdvertDetails.Typed(title, "Dorchester", List.of("MONDAY-MORNING", "WEDNESDAY-MORNING"), "6",
                Set.of("MEALS", "COMPANIONSHIP"), "3", "4", "2026", "13.50", description);
    }

    static AdvertDetails valid() {
        return AdvertDetails.of(typed("Help with meals", "Cooking lunch together and a chat."), DORCHESTER, TODAY, TYPES);
    }

    @Test
    void keepsWhatThePosterWroteTidiedUp() {
        AdvertDetails details = AdvertDetails.of(typed("  Help with meals ", " Cooking lunch. "), DORCHESTER, TODAY, TYPES);
        assertEquals("Help with meals", details.title());
        assertEquals("Cooking lunch.", details.description());
        assertEquals(1350, details.rate().perHour().pence());
        assertEquals(LocalDate.of(2026, 4, 3), details.startDate().date());
        assertEquals(Set.of("MEALS", "COMPANIONSHIP"), details.skills());
    }

    @Test
    void listsEveryMissingFieldAtOnceInTheOrderOfTheForm() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AdvertDetails.of(
                new AdvertDetails.Typed("", "", List.of(), "", Set.of(), "", "", "", "", ""), null, TODAY, TYPES));
        assertEquals(List.of("title", "town", "pattern", "hoursPerWeek", "skills", "startDate", "hourlyRate",
                "description"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void refusesAFullPostcodeInThePublicText() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AdvertDetails.of(
                typed("Help near DT1 1XJ", "I live at 3 High St, dt1 1xj."), DORCHESTER, TODAY, TYPES));
        assertEquals(List.of("title", "description"), refused.problems().stream().map(FieldProblem::field).toList());
        assertTrue(AdvertDetails.of(typed("Help in DT1", "Near the DT1 shops"), DORCHESTER, TODAY, TYPES).title()
                .contains("DT1"), "a district alone is fine");
    }

    @Test
    void refusesADescriptionLongerThanTwoThousandCharacters() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> AdvertDetails.of(typed("Help", "x".repeat(2001)), DORCHESTER, TODAY, TYPES));
        assertEquals("description", refused.problems().get(0).field());
        assertEquals("x".repeat(2000), AdvertDetails.of(typed("Help", "x".repeat(2000)), DORCHESTER, TODAY, TYPES).description());
    }

    @Test
    void namesTheTownItCouldNotFind() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AdvertDetails.of(
                new AdvertDetails.Typed("Help", "Atlantis", List.of("MONDAY-MORNING"), "2", Set.of("MEALS"),
                        "3", "4", "2026", "13", "Hello"), null, TODAY, TYPES));
        assertEquals("town", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("Atlantis"));
    }
}
