package care.circles.review.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many reviews are shown and their average rating, to one decimal place. */
public record ReviewSummary(long count, BigDecimal average) {

    public static final ReviewSummary NONE = new ReviewSummary(0, null);

    public static ReviewSummary of(long count, Double average) {
        return new ReviewSummary(count, count == 0 || average == null ? null
                : BigDecimal.valueOf(average).setScale(1, RoundingMode.HALF_UP));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** Like "4.5 out of 5 from 2 reviews". */
    public String description() {
        if (isEmpty()) {
            return "No reviews yet";
        }
        return average.stripTrailingZeros().toPlainString() + " out of 5 from " + count + (count == 1 ? " review" : " reviews");
    }
}
