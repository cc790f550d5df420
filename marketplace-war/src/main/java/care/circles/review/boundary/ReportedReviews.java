package care.circles.review.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.SpokenDate;
import care.circles.review.control.PaReviews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council's queue of reviews PAs reported (/council/pa-reviews-reported.xhtml), oldest report first. */
@Named
@RequestScoped
public class ReportedReviews {

    @Inject
    PaReviews reviews;

    @Inject
    CurrentAccount current;

    /** One reported review in the queue. */
    public record Row(long id, String rating, String reported, String reason) {
    }

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = reviews.reported(current.require()).stream().map(r -> new Row(r.id(), r.rating() + " out of 5",
                    SpokenDate.withTime(r.reportedAt()), r.reportReason())).toList();
        }
        return rows;
    }
}
