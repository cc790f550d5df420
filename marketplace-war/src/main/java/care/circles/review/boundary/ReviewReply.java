package care.circles.review.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import care.circles.platform.RequestedId;
import care.circles.review.control.PaReviews;
import care.circles.review.entity.PaReview;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A PA's page for one review of them (/pa/review.xhtml?id=...): reply once, or report it to the
 * council. A review of another PA is not found.
 */
@Named
@RequestScoped
public class ReviewReply {

    @Inject
    PaReviews reviews;

    @Inject
    ProfileReviews views;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private Long reviewId;
    private ReviewView review;
    private String replyWords;
    private String reportReason;
    private String message;

    @PostConstruct
    void fill() {
        reviewId = RequestedId.from(faces, "id").orElse(null);
        if (reviewId != null) {
            reviews.ofPa(current.require(), reviewId).ifPresent(this::show);
        }
    }

    public void load() {
        if (review == null) {
            PageAnswer.notFound(faces, "There is no such review of you");
        }
    }

    public String reply() {
        if (review == null) {
            return null;
        }
        try {
            show(reviews.reply(current.require(), reviewId, replyWords));
            message = "Your reply is under the review on your profile now.";
            replyWords = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SecurityException e) {
            PageAnswer.notFound(faces, "There is no such review of you");
        }
        return null;
    }

    public String report() {
        if (review == null) {
            return null;
        }
        try {
            show(reviews.report(current.require(), reviewId, reportReason));
            message = "The council has your report. They will read the review and hide it if it breaks the rules.";
            reportReason = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SecurityException e) {
            PageAnswer.notFound(faces, "There is no such review of you");
        }
        return null;
    }

    private void show(PaReview found) {
        review = views.view(found);
    }

    public boolean isFound() {
        return review != null;
    }

    public ReviewView getReview() {
        return review;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getMessage() {
        return message;
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
