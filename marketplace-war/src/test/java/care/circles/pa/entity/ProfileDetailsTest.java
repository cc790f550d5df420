package care.circles.pa.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class ProfileDetailsTest {

    private final Place bridport = new Place(7, "Bridport", new GeoPoint(50.7336, -2.7584));

    @Test
    void keepsWhatThePaWroteTidiedUp() {
        ProfileDetails details = ProfileDetails.of("  Sam T. ", "Bridport", bridport, "£14.50",
                " I love walks. ", EnumSet.of(Skill.COMPANIONSHIP));
        assertEquals("Sam T.", details.displayName());
        assertEquals(1450, details.hourlyRate().pence());
        assertEquals("I love walks.", details.aboutMe());
    }

    @Test
    void listsEveryMissingFieldAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of("", "", null, "", "", Set.of()));
        assertEquals(List.of("displayName", "town", "hourlyRate", "aboutMe", "skills"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void namesTheTownItCouldNotFind() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of("Sam", "Atlantis", null, "14", "Hello", EnumSet.of(Skill.MEALS)));
        assertEquals("town", refused.problems().get(0).field());
        assertEquals(true, refused.problems().get(0).message().contains("Atlantis"));
    }

    @Test
    void refusesRatesOutsideOneToOneHundredPounds() {
        assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of("Sam", "Bridport", bridport, "0.50", "Hello", EnumSet.of(Skill.MEALS)));
        assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of("Sam", "Bridport", bridport, "100.01", "Hello", EnumSet.of(Skill.MEALS)));
    }

    @Test
    void refusesAnAboutMeLongerThanTwoThousandCharacters() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of("Sam", "Bridport", bridport, "14", "x".repeat(2001), EnumSet.of(Skill.MEALS)));
        assertEquals("aboutMe", refused.problems().get(0).field());
    }
}
