package care.circles.review.boundary;

import java.util.Optional;

import care.circles.review.control.PaReviews;
import care.circles.review.entity.PaReview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A PA's page for one review of them (/pa/review.xhtml?id=...): reply once, or report it to the
 * council. A review of another PA is not found.
 */
@Named
@RequestScoped
public class ReviewReply extends OneReviewPage {

    @Inject
    PaReviews reviews;

    private String replyWords;
    private String reportReason;

    @Override
    Optional<PaReview> find(long reviewId) {
        return reviews.ofPa(current.require(), reviewId);
    }

    @Override
    String notFound() {
        return "There is no such review of you";
    }

    public String reply() {
        if (change(() -> reviews.reply(current.require(), getReviewId(), replyWords),
                "Your reply is under the review on your profile now.")) {
            replyWords = null;
        }
        return null;
    }

    public String report() {
        if (change(() -> reviews.report(current.require(), getReviewId(), reportReason),
                "The council has your report. They will read the review and hide it if it breaks the rules.")) {
            reportReason = null;
        }
        return null;
    }

    public String getReplyWords() {
        return replyWords;
    }

    public void setReplyWords(String replyWords) {
        this.replyWords = replyWords;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }
}
