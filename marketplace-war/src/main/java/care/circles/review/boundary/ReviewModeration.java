package care.circles.review.boundary;

import java.util.Optional;

import care.circles.account.control.Accounts;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.review.control.PaReviews;
import care.circles.review.entity.PaReview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Council staff look at one review of a PA (/council/pa-review.xhtml?id=...): hide it with a
 * reason for the record, or keep one a PA reported.
 */
@Named
@RequestScoped
public class ReviewModeration extends OneReviewPage {

    @Inject
    PaReviews reviews;

    @Inject
    PaProfiles profiles;

    @Inject
    Accounts accounts;

    private PaProfile profile;
    private String hideReason;

    @Override
    Optional<PaReview> find(long reviewId) {
        return reviews.forCouncil(current.require(), reviewId);
    }

    @Override
    String notFound() {
        return "There is no such review";
    }

    @Override
    void show(PaReview found) {
        super.show(found);
        profile = accounts.byId(found.paAccountId()).flatMap(profiles::ownedBy).orElse(null);
    }

    public String hide() {
        if (change(() -> reviews.hide(current.require(), getReviewId(), hideReason),
                "The review is hidden from the profile, with the PA's reply. The reason is in the audit log.")) {
            hideReason = null;
        }
        return null;
    }

    public String keep() {
        change(() -> reviews.keep(current.require(), getReviewId()),
                "The review stays on the profile. The report is closed and your decision is in the audit log.");
        return null;
    }

    /** The PA's profile, or null when they have deleted it. */
    public PaProfile getProfile() {
        return profile;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }
}
