package care.circles.review.boundary;

import java.util.Optional;
import java.util.function.Supplier;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import care.circles.platform.RequestedId;
import care.circles.review.entity.PaReview;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * A page about one review (?id=...), for whoever may see it: the PA it is about, or council
 * staff. A review they may not see is not found; what they change is shown as it is afterwards.
 */
abstract class OneReviewPage {

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
    private String message;

    /** The review if this account may see it. */
    abstract Optional<PaReview> find(long reviewId);

    abstract String notFound();

    @PostConstruct
    void fill() {
        reviewId = RequestedId.from(faces, "id").orElse(null);
        if (reviewId != null) {
            find(reviewId).ifPresent(this::show);
        }
    }

    public void load() {
        if (review == null) {
            PageAnswer.notFound(faces, notFound());
        }
    }

    /** @return whether it was done; if not, the problems are on the page */
    boolean change(Supplier<PaReview> change, String done) {
        if (review == null) {
            return false;
        }
        try {
            show(change.get());
            message = done;
            return true;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SecurityException e) {
            PageAnswer.notFound(faces, notFound());
        }
        return false;
    }

    void show(PaReview found) {
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
}
