package care.circles.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;

class ReviewContentTest {

    @Test
    void keepsARatingFromOneToFiveAndTheWordsWithoutOuterSpaces() {
        ReviewContent content = ReviewContent.of(" 3 ", "  Helpful and kind every time  ");
        assertEquals(3, content.rating());
        assertEquals("Helpful and kind every time", content.words());
    }

    @Test
    void refusesAMissingOrOutOfRangeRatingAndNamesBothFields() {
        for (String rating : new String[] {null, "", "0", "6", "4.5", "five"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ReviewContent.of(rating, "short"));
            assertEquals(List.of("rating", "words"), refused.problems().stream().map(FieldProblem::field).toList(), rating);
        }
    }

    @Test
    void refusesWordsLongerThanAThousandCharacters() {
        ReviewContent.of("5", "a".repeat(ReviewContent.MAX_WORDS));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> ReviewContent.of("5", "a".repeat(ReviewContent.MAX_WORDS + 1)));
        assertEquals("Your review must be 1000 characters or fewer", refused.problems().get(0).message());
    }
}
