package care.circles.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

    @Test
    void saysTheAverageToOneDecimalPlaceAndHowManyReviews() {
        assertEquals("No reviews yet", ReviewSummary.of(0, null).description());
        assertEquals("5 out of 5 from 1 review", ReviewSummary.of(1, 5.0).description());
        assertEquals("4.5 out of 5 from 2 reviews", ReviewSummary.of(2, 4.5).description());
        assertEquals("3.7 out of 5 from 3 reviews", ReviewSummary.of(3, 11 / 3.0).description());
    }
}
