package care.circles.pa.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportKind;
import care.circles.taxonomy.entity.SupportTypes;

class ProfileDetailsTest {

    private final Place bridport = new Place(7, "Bridport", new GeoPoint(50.7336, -2.7584));
    private final Function<String, Optional<Place>> gazetteer =
            typed -> "bridport".equalsIgnoreCase(typed.strip()) ? Optional.of(bridport) : Optional.empty();

    private final SupportTypes types = SupportTypes.of(
            new SupportKind("MEALS", "Meals and cooking", null, 10, true, false),
            new SupportKind("COMPANIONSHIP", "Companionship", null, 20, true, false),
            new SupportKind("KNITTING", "Knitting circle", null, 30, false, false));

    private ProfileAnswers answers(String name, String town, String rate, String about, Set<String> skills) {
        return ProfileAnswers.essentials(name, town, rate, about, skills);
    }

    @Test
    void keepsWhatThePaWroteTidiedUp() {
        ProfileDetails details = ProfileDetails.of(answers("  Sam T. ", "Bridport", "£14.50", " I love walks. ",
                Set.of("COMPANIONSHIP")), gazetteer, types);
        assertEquals("Sam T.", details.displayName());
        assertEquals(bridport, details.place());
        assertEquals(1450, details.hourlyRate().pence());
        assertEquals("I love walks.", details.aboutMe());
        assertEquals(EnumSet.of(Language.ENGLISH), details.languages());
        assertEquals(EmploymentPreference.EITHER, details.employment());
    }

    @Test
    void listsEveryMissingFieldAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of(answers("", "", "", "", Set.of()), gazetteer, types));
        assertEquals(List.of("displayName", "town", "hourlyRate", "aboutMe", "skills"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void namesTheTownItCouldNotFind() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of(answers("Sam", "Atlantis", "14", "Hello", Set.of("MEALS")), gazetteer, types));
        assertEquals("town", refused.problems().get(0).field());
        assertTrue(refused.problems().get(0).message().contains("Atlantis"));
    }

    @Test
    void refusesRatesOutsideOneToOneHundredPounds() {
        assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of(answers("Sam", "Bridport", "0.50", "Hello", Set.of("MEALS")), gazetteer, types));
        assertThrows(InvalidInputException.class,
                () -> ProfileDetails.of(answers("Sam", "Bridport", "100.01", "Hello", Set.of("MEALS")), gazetteer, types));
    }

    @Test
    void refusesAnAboutMeLongerThanTwoThousandCharacters() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ProfileDetails.of(
                answers("Sam", "Bridport", "14", "x".repeat(2001), Set.of("MEALS")), gazetteer, types));
        assertEquals("aboutMe", refused.problems().get(0).field());
    }

    @Test
    void keepsLanguagesGenderTransportAndTheUsualWeek() {
        ProfileDetails details = ProfileDetails.of(answers("Sam", "Bridport", "14", "Hi", Set.of("MEALS"))
                .withLanguagesAndGender(List.of("ENGLISH", "POLISH"), "MAN")
                .withTransport(true, true, "SELF_EMPLOYED")
                .withAvailability(List.of("MONDAY_MORNING", "FRIDAY_NIGHT")), gazetteer, types);
        assertEquals(EnumSet.of(Language.ENGLISH, Language.POLISH), details.languages());
        assertEquals(Gender.MAN, details.gender());
        assertTrue(details.hasCar() && details.hasDrivingLicence());
        assertEquals(EmploymentPreference.SELF_EMPLOYED, details.employment());
        assertEquals(List.of("MONDAY_MORNING", "FRIDAY_NIGHT"), details.availability().codes());
    }

    @Test
    void refusesCodesThatAreNotOnTheFormRatherThanDroppingThem() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ProfileDetails.of(
                answers("Sam", "Bridport", "14", "Hi", Set.of("MEALS"))
                        .withLanguagesAndGender(List.of("KLINGON"), "ROBOT")
                        .withAvailability(List.of("FUNDAY_MORNING")), gazetteer, types));
        assertEquals(List.of("languages", "gender", "availability"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void refusesSupportTypesTheCouncilHasRetiredOrNeverHad() {
        for (String code : List.of("KNITTING", "JUGGLING")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ProfileDetails.of(
                    answers("Sam", "Bridport", "14", "Hi", Set.of("MEALS", code)), gazetteer, types));
            assertEquals("skills", refused.problems().get(0).field());
        }
    }

    @Test
    void refusesTravelAndHoursOutsideSensibleLimits() {
        ProfileAnswers base = answers("Sam", "Bridport", "14", "Hi", Set.of("MEALS"));
        ProfileAnswers tooFar = new ProfileAnswers(base.displayName(), base.town(), base.hourlyRate(), base.aboutMe(),
                base.skills(), base.languages(), base.gender(), false, false, "250", "70", base.employment(), List.of());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ProfileDetails.of(tooFar, gazetteer, types));
        assertEquals(List.of("travelKm", "hoursWanted"), refused.problems().stream().map(FieldProblem::field).toList());
    }
}
