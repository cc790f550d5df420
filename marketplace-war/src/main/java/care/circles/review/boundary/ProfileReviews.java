package care.circles.review.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.place.control.Gazetteer;
import care.circles.review.control.PaReviews;
import care.circles.review.entity.PaReview;
import care.circles.review.entity.ReviewEligibility;
import care.circles.review.entity.ReviewSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The reviews section of a PA's public profile and of the PA's own preview. */
@Named
@RequestScoped
public class ProfileReviews {

    @Inject
    PaReviews reviews;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CurrentAccount current;

    private final Map<Long, List<ReviewView>> shown = new HashMap<>();
    private final Map<Long, ReviewSummary> summaries = new HashMap<>();
    private final Map<Long, ReviewEligibility> eligibilities = new HashMap<>();

    public List<ReviewView> shown(long paAccountId) {
        return shown.computeIfAbsent(paAccountId, pa -> reviews.shown(pa).stream().map(this::view).toList());
    }

    public ReviewSummary summary(long paAccountId) {
        return summaries.computeIfAbsent(paAccountId, reviews::summary);
    }

    /** Null for visitors who are not people with direct payments: they see no invitation to review. */
    public ReviewEligibility eligibility(long paAccountId) {
        if (!current.is("DP_HOLDER")) {
            return null;
        }
        return eligibilities.computeIfAbsent(paAccountId, pa -> reviews.eligibility(current.require(), pa));
    }

    ReviewView view(PaReview review) {
        return ReviewView.of(review, gazetteer.byId(review.authorPlaceId()).map(p -> p.name()).orElse(""));
    }
}
