package care.circles.review.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import care.circles.platform.RequestedId;
import care.circles.review.control.PaReviews;
import care.circles.review.entity.ReviewContent;
import care.circles.review.entity.ReviewEligibility;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A person with a direct payment reviews a PA (/engage/review.xhtml?pa=profile id). The page says
 * in plain words when they cannot yet, and why.
 */
@Named
@RequestScoped
public class ReviewWriting {

    @Inject
    PaReviews reviews;

    @Inject
    PaProfiles profiles;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private PaProfile profile;
    private ReviewEligibility eligibility;
    private String words;

    @PostConstruct
    void fill() {
        profile = RequestedId.from(faces, "pa").flatMap(profiles::published).orElse(null);
        if (profile != null) {
            eligibility = reviews.eligibility(current.require(), profile.accountId());
        }
    }

    public void load() {
        if (profile == null) {
            PageAnswer.notFound(faces, "There is no such personal assistant");
        }
    }

    public String publish() {
        if (profile == null || !eligibility.allowed()) {
            return null;
        }
        String rating = faces.getExternalContext().getRequestParameterMap().get("rating");
        try {
            reviews.write(current.require(), profile.accountId(), rating, words);
            return "/profile.xhtml?faces-redirect=true&reviewed=yes&id=" + profile.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (SecurityException e) {
            PageAnswer.forbidden(faces, e.getMessage());
        }
        return null;
    }

    public boolean isFound() {
        return profile != null;
    }

    public PaProfile getProfile() {
        return profile;
    }

    public ReviewEligibility getEligibility() {
        return eligibility;
    }

    public List<String> getRatings() {
        return ReviewContent.ratings();
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
