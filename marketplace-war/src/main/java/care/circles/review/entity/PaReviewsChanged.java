package care.circles.review.entity;

/** The reviews shown of a PA changed (one written, hidden or erased): their search listing changes with them. */
public record PaReviewsChanged(long paAccountId) {
}
