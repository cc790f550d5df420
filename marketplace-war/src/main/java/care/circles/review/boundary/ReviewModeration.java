package care.circles.review.boundary;

import care.circles.account.control.Accounts;
import care.circles.account.control.CurrentAccount;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
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
 * Council staff look at one review of a PA (/council/pa-review.xhtml?id=...): hide it with a
 * reason for the record, or keep one a PA reported.
 */
@Named
@RequestScoped
public class ReviewModeration {

    @Inject
    PaReviews reviews;

    @Inject
    ProfileReviews views;

    @Inject
    PaProfiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private Long reviewId;
    private ReviewView review;
    private PaProfile profile;
    private String hideReason;
    private String message;

    @PostConstruct
    void fill() {
        reviewId = RequestedId.from(faces, "id").orElse(null);
        if (reviewId != null) {
            reviews.forCouncil(current.require(), reviewId).ifPresent(this::show);
        }
    }

    public void load() {
        if (review == null) {
            PageAnswer.notFound(faces, "There is no such review");
        }
    }

    public String hide() {
        if (review == null) {
            return null;
        }
        try {
            show(reviews.hide(current.require(), reviewId, hideReason));
            message = "The review is hidden from the profile, with the PA's reply. The reason is in the audit log.";
            hideReason = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    public String keep() {
        if (review == null) {
            return null;
        }
        try {
            show(reviews.keep(current.require(), reviewId));
            message = "The review stays on the profile. The report is closed and your decision is in the audit log.";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    private void show(PaReview found) {
        review = views.view(found);
        profile = accounts.byId(found.paAccountId()).flatMap(profiles::ownedBy).orElse(null);
    }

    public boolean isFound() {
        return review != null;
    }

    public ReviewView getReview() {
        return review;
    }

    /** The PA's profile, or null when they have deleted it. */
    public PaProfile getProfile() {
        return profile;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getMessage() {
        return message;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }
}
