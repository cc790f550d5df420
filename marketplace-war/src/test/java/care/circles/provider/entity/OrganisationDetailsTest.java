package care.circles.provider.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import care.circles.place.entity.GeoPoint;
import care.circles.place.entity.Place;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class OrganisationDetailsTest {

    private static final Place BRIDPORT = new Place(1, "Bridport", new GeoPoint(50.7336, -2.7584));
    private static final Place BEAMINSTER = new Place(2, "Beaminster", new GeoPoint(50.8087, -2.7404));

    private static Optional<Place> find(String typed) {
        return switch (typed.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "BRIDPORT", "DT6" -> Optional.of(BRIDPORT);
            case "BEAMINSTER", "DT8" -> Optional.of(BEAMINSTER);
            default -> Optional.empty();
        };
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new HashMap<>();
        answers.put("name", "Marshwood Companions");
        answers.put("legalName", "Marshwood Companions CIC");
        answers.put("organisationType", "MICRO_PROVIDER");
        answers.put("mainWork", "MICRO_PROVIDER");
        answers.put("town", "Bridport");
        answers.put("description", "Company and help at home for older people in the Marshwood Vale.");
        answers.put("areas", "Bridport, dt8, DT6, bridport");
        answers.put("contactEmail", "Hello@Example.org");
        answers.put("regulated", "no");
        answers.put("staffCount", "5");
        answers.put("fullTimeEquivalent", "3.5");
        return answers;
    }

    private static OrganisationDetails of(Map<String, String> answers, List<String> supports) {
        return OrganisationDetails.of(answers, supports, List.of(), OrganisationDetailsTest::find,
                code -> !code.equals("RETIRED"), code -> true);
    }

    private static List<String> fieldsRefused(Map<String, String> answers, List<String> supports) {
        return assertThrows(InvalidInputException.class, () -> of(answers, supports)).problems().stream()
                .map(FieldProblem::field).toList();
    }

    @Test
    void acceptsACompleteRegistrationAndKeepsAreasAsTyped() {
        OrganisationDetails details = of(answers(), List.of("COMPANIONSHIP"));
        assertEquals("hello@example.org", details.contactEmail().value());
        assertEquals(List.of("Bridport", "DT8", "DT6"), details.areas().stream().map(OrganisationDetails.Area::name).toList(),
                "districts as typed, each area once");
        assertEquals(new BigDecimal("3.5"), details.fullTimeEquivalent());
    }

    @Test
    void namesEveryMissingAnswerAtOnce() {
        List<String> fields = fieldsRefused(new HashMap<>(), List.of());
        assertTrue(fields.containsAll(List.of("name", "legalName", "organisationType", "mainWork", "town", "description",
                "supports", "areas", "contactEmail", "regulated", "staffCount")), fields.toString());
    }

    @Test
    void refusesAMicroProviderWithMoreThanEightFullTimeEquivalentWorkers() {
        Map<String, String> answers = answers();
        answers.put("fullTimeEquivalent", "8.5");
        assertEquals(List.of("fullTimeEquivalent"), fieldsRefused(answers, List.of("MEALS")));
        answers.put("organisationType", "LARGER_PROVIDER");
        assertEquals(new BigDecimal("8.5"), of(answers, List.of("MEALS")).fullTimeEquivalent());
    }

    @Test
    void refusesPlacesOutsideTheGazetteer() {
        Map<String, String> answers = answers();
        answers.put("areas", "Bridport, Atlantis");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> of(answers, List.of("MEALS")));
        assertTrue(refused.problems().get(0).message().contains("'Atlantis'"));
    }

    @Test
    void personalCareNeedsACqcProviderIdInTheRightShape() {
        Map<String, String> answers = answers();
        assertEquals(List.of("regulated"), fieldsRefused(answers, List.of("PERSONAL_CARE")));
        answers.put("regulated", "yes");
        assertEquals(List.of("cqcNumber"), fieldsRefused(answers, List.of("PERSONAL_CARE")));
        answers.put("cqcNumber", "1 - 1234");
        assertEquals(List.of("cqcNumber"), fieldsRefused(answers, List.of("PERSONAL_CARE")));
        answers.put("cqcNumber", "1-123456789");
        assertEquals("1-123456789", of(answers, List.of("PERSONAL_CARE")).cqcNumber());
    }

    @Test
    void refusesAChoiceThatIsNoLongerOfferedAndABadWebsite() {
        Map<String, String> answers = answers();
        answers.put("website", "not a website");
        assertEquals(List.of("supports", "website"), fieldsRefused(answers, List.of("MEALS", "RETIRED")));
        answers.put("website", "www.example.org");
        assertEquals("https://www.example.org", of(answers, List.of("MEALS")).website());
    }
}
