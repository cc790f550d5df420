package care.circles.shortlist.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import care.circles.platform.InvalidInputException;

class ComparisonChoiceTest {

    @Test
    void readsACommaSeparatedListOrTickedBoxesInTheOrderChosen() {
        assertEquals(List.of(3L, 1L, 2L), ComparisonChoice.of("3,1, 2").profileIds());
        assertEquals(List.of(7L, 9L), ComparisonChoice.of("7", "9").profileIds());
        assertEquals(List.of(7L, 9L), ComparisonChoice.of("7", "9", "7").profileIds(), "each once");
    }

    @Test
    void refusesMoreThanThreeSayingWhatToDo() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ComparisonChoice.of("1,2,3,4"));
        assertEquals("ids", refused.problems().get(0).field());
        assertEquals("You can compare up to 3 personal assistants at a time. You chose 4: untick one and compare again.",
                refused.problems().get(0).message());
        assertEquals("You can compare up to 3 personal assistants at a time. You chose 5: untick 2 and compare again.",
                assertThrows(InvalidInputException.class, () -> ComparisonChoice.of("1,2,3,4,5")).problems().get(0).message());
    }

    @Test
    void needsAtLeastTwo() {
        for (String[] sent : new String[][] {null, {}, {"4"}, {"x,y"}}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ComparisonChoice.of(sent));
            assertEquals("Choose 2 or 3 personal assistants to compare", refused.problems().get(0).message());
        }
    }

    @Test
    void idsIgnoresWhatIsNotAnId() {
        assertEquals(Set.of(1L, 2L), ComparisonChoice.ids("1,abc", null, "2"));
    }
}
