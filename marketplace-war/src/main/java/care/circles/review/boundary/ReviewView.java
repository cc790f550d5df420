package care.circles.review.boundary;

import care.circles.platform.SpokenDate;
import care.circles.review.entity.PaReview;

/**
 * A review of a PA as people read it. It says where the support was given, never who wrote it:
 * a review is public, and the person chose a PA, not to be known for it.
 */
public record ReviewView(long id, int rating, String written, String author, String words, String reply,
                         String replied, boolean hidden, String hideReason, boolean reported, boolean reportOpen,
                         String reportReason) {

    public static ReviewView of(PaReview review, String town) {
        return new ReviewView(review.id(), review.rating(), "Written on " + SpokenDate.of(review.createdAt()),
                "A person who uses direct payments" + (town.isEmpty() ? "" : ", " + town + " area"), review.words(),
                review.replyWords(), review.hasReply() ? "Replied on " + SpokenDate.of(review.repliedAt()) : null,
                review.isHidden(), review.hideReason(), review.isReported(), review.isReportOpen(),
                review.reportReason());
    }

    public String getRatingText() {
        return rating + " out of 5";
    }
}
