package care.circles.pa.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.taxonomy.entity.SupportKind;
import care.circles.taxonomy.entity.SupportTypes;

class PaFiltersTest {

    private static final SupportTypes TYPES = SupportTypes.of(
            new SupportKind("DEMENTIA", "Dementia", null, 10, true, false),
            new SupportKind("MEALS", "Meals and cooking", null, 20, true, false),
            new SupportKind("AUTISM", "Autism", null, 30, true, false));

    @Test
    void readsRepeatedAndCommaSeparatedValuesInAnyCase() {
        PaFilters filters = PaFilters.of(List.of("dementia,MEALS", "autism"), List.of("polish"), List.of("WOMAN"),
                List.of("self_employed"), "true", List.of("monday_morning,FRIDAY_EVENING"), List.of("ENHANCED_DBS"), TYPES);
        assertEquals(Set.of("DEMENTIA", "MEALS", "AUTISM"), filters.skills());
        assertEquals(EnumSet.of(Language.POLISH), filters.languages());
        assertEquals(EnumSet.of(Gender.WOMAN), filters.genders());
        assertEquals(EnumSet.of(EmploymentPreference.SELF_EMPLOYED), filters.employment());
        assertTrue(filters.withCar());
        assertEquals(2, filters.available().size());
        assertFalse(filters.isEmpty());
    }

    @Test
    void nothingChosenIsNoFilterAtAll() {
        assertTrue(PaFilters.of(List.of(), null, List.of(""), null, "", null, null, TYPES).isEmpty());
    }

    @Test
    void namesEachParameterWithAValueWeDoNotKnow() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> PaFilters.of(
                List.of("juggling"), List.of("elvish"), List.of("robot"), List.of("boss"), "maybe", List.of("noon"),
                List.of("horoscope"), TYPES));
        assertEquals(List.of("skills", "languages", "gender", "employment", "car", "available", "checks"),
                refused.problems().stream().map(FieldProblem::field).toList());
        assertTrue(refused.problems().get(0).message().contains("juggling"));
    }
}
