package care.circles.provider.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.accreditation.control.Accreditations;
import care.circles.accreditation.entity.ActiveAccreditation;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.PageAnswer;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import care.circles.provider.control.ActivityTypes;
import care.circles.provider.control.Organisations;
import care.circles.provider.control.Reviews;
import care.circles.provider.entity.Organisation;
import care.circles.provider.entity.Review;
import care.circles.provider.entity.ServedArea;
import care.circles.review.entity.ReviewContent;
import care.circles.taxonomy.control.SupportTaxonomy;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * An organisation's public page (/organisations/organisation.xhtml?id=...): what it offers, where,
 * its accreditations and its reviews. People who get care and support write a review here;
 * council staff remove one with a reason.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    Accreditations accreditations;

    @Inject
    Reviews reviews;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Inject
    ActivityTypes activities;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private String id;
    private String words;
    private String removalReason;
    private String message;
    private transient Organisation organisation;

    public void load() throws IOException {
        if (getOrganisation() == null) {
            PageAnswer.notFound(faces, "There is no such organisation");
        }
    }

    public Organisation getOrganisation() {
        if (organisation == null && id != null && id.strip().matches("[0-9]{1,18}")) {
            organisation = organisations.find(Long.parseLong(id.strip())).orElse(null);
        }
        return organisation;
    }

    public String getTown() {
        return gazetteer.byId(getOrganisation().placeId()).map(p -> p.name()).orElse("");
    }

    public String getAreas() {
        return String.join(", ", getOrganisation().areas().stream().map(ServedArea::name).toList());
    }

    public List<String> getOffers() {
        List<String> labels = new ArrayList<>(taxonomy.current().ordered(getOrganisation().supports()).stream()
                .map(taxonomy.current()::label).toList());
        getOrganisation().activities().stream().sorted().map(activities::label).forEach(labels::add);
        return labels;
    }

    public List<ActiveAccreditation> getAccreditations() {
        return accreditations.activeAccreditations(getOrganisation().id());
    }

    public String dates(ActiveAccreditation accreditation) {
        return "Since " + SpokenDate.of(accreditation.validFrom()) + ", until " + SpokenDate.of(accreditation.expiresOn());
    }

    public List<Review> getReviews() {
        return reviews.shown(getOrganisation().id());
    }

    public String written(Review review) {
        return "Written on " + SpokenDate.of(review.createdAt().atZone(Platform.UK).toLocalDate());
    }

    /** People who get care and support may write one review each. */
    public boolean isMayReview() {
        return current.is("DP_HOLDER") && !reviews.hasReviewed(current.require(), getOrganisation().id());
    }

    public String review() {
        String rating = faces.getExternalContext().getRequestParameterMap().get("rating");
        try {
            reviews.write(current.require(), getOrganisation().id(), rating, words);
            message = "Thank you. Your review is on the page now.";
            words = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    public String remove() {
        String review = faces.getExternalContext().getRequestParameterMap().get("removeReview");
        try {
            reviews.remove(current.require(), review != null && review.matches("[0-9]{1,18}") ? Long.parseLong(review) : 0,
                    removalReason);
            message = "The review is removed from the page. The reason is kept in the audit log.";
            removalReason = null;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
        return null;
    }

    /** The rating radios, best first. */
    public List<String> getRatings() {
        return ReviewContent.ratings();
    }

    public String getMessage() {
        return message;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
    }
}
