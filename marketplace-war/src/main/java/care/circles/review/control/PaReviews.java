package care.circles.review.control;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.engagement.entity.StatedReason;
import care.circles.notification.control.Notifications;
import care.circles.platform.InvalidInputException;
import care.circles.review.entity.PaReview;
import care.circles.review.entity.PaReviewsChanged;
import care.circles.review.entity.ReviewContent;
import care.circles.review.entity.ReviewEligibility;
import care.circles.review.entity.ReviewSummary;
import care.circles.timesheet.entity.TimesheetStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reviews of personal assistants. A person who uses direct payments may review a PA once the PA
 * has worked for them and they have approved one of the PA's timesheets (so the support really
 * happened); one review each. The PA replies once to each review of them and may report one to the
 * council; council staff hide a review with a reason, which is audited, or keep a reported one.
 * Reviews are public but say only the town where the support was given, never who wrote them.
 */
@ApplicationScoped
public class PaReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The PA hears of each new review of them. */
    @Inject
    Notifications notifications;

    /** Search results show each PA's review count and average from the index: it is told in the same transaction. */
    @Inject
    Event<PaReviewsChanged> changed;

    /** The reviews shown on the PA's profile, newest first. */
    public List<PaReview> shown(long paAccountId) {
        return em.createNamedQuery(PaReview.SHOWN, PaReview.class).setParameter("pa", paAccountId).getResultList();
    }

    public ReviewSummary summary(long paAccountId) {
        Object[] row = em.createNamedQuery(PaReview.SUMMARY, Object[].class).setParameter("pa", paAccountId).getSingleResult();
        return ReviewSummary.of(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).doubleValue());
    }

    /** The shown reviews of every PA who has any, by the PA's account id: for rebuilding the search index. */
    public Map<Long, ReviewSummary> summariesByPa() {
        Map<Long, ReviewSummary> summaries = new HashMap<>();
        em.createQuery("SELECT r.paAccountId, COUNT(r), AVG(r.rating) FROM PaReview r WHERE r.hiddenAt IS NULL"
                        + " GROUP BY r.paAccountId", Object[].class)
                .getResultList()
                .forEach(row -> summaries.put(((Number) row[0]).longValue(),
                        ReviewSummary.of(((Number) row[1]).longValue(), ((Number) row[2]).doubleValue())));
        return summaries;
    }

    public ReviewEligibility eligibility(Account author, long paAccountId) {
        if (author == null || author.role() != Role.DP_HOLDER) {
            return ReviewEligibility.NOT_A_DP_HOLDER;
        }
        if (hasReviewed(author, paAccountId)) {
            return ReviewEligibility.ALREADY_REVIEWED;
        }
        return placeOfApprovedSupport(author, paAccountId).isPresent()
                ? ReviewEligibility.MAY_REVIEW : ReviewEligibility.NO_APPROVED_TIMESHEET;
    }

    /**
     * @throws SecurityException     when the author does not use direct payments, or has no approved timesheet from the PA
     * @throws InvalidInputException (fields rating, words) naming what is wrong, or when they reviewed the PA already
     */
    @Transactional
    public PaReview write(Account author, long paAccountId, String rating, String words) {
        if (author.role() != Role.DP_HOLDER) {
            throw new SecurityException(ReviewEligibility.NOT_A_DP_HOLDER.explanation());
        }
        // One review each: two tabs sending at once wait here for each other.
        em.find(Account.class, author.id(), LockModeType.PESSIMISTIC_WRITE);
        if (hasReviewed(author, paAccountId)) {
            throw new InvalidInputException("words", ReviewEligibility.ALREADY_REVIEWED.explanation());
        }
        long place = placeOfApprovedSupport(author, paAccountId)
                .orElseThrow(() -> new SecurityException(ReviewEligibility.NO_APPROVED_TIMESHEET.explanation()));
        PaReview review = new PaReview(paAccountId, author.id(), place, ReviewContent.of(rating, words), clock.instant());
        em.persist(review);
        em.flush();
        changed.fire(new PaReviewsChanged(paAccountId));
        notifications.send(paAccountId, "You have a new review: " + review.rating() + " out of 5. You can reply to it once,"
                + " or report it to the council if it breaks the rules.", "/pa/review.xhtml?id=" + review.id());
        return review;
    }

    /** A review of this PA, hidden or not; empty when it is about someone else. */
    public Optional<PaReview> ofPa(Account pa, long reviewId) {
        if (pa.role() != Role.PA) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PaReview.class, reviewId)).filter(r -> r.paAccountId() == pa.id());
    }

    /**
     * @throws SecurityException     when the review is not about this PA
     * @throws InvalidInputException (field replyWords) when they replied already or the words will not do
     */
    @Transactional
    public PaReview reply(Account pa, long reviewId, String words) {
        PaReview review = lockedReviewOf(pa, reviewId);
        review.reply(words, clock.instant());
        return review;
    }

    /** The PA asks the council to look at a review they think breaks the rules. */
    @Transactional
    public PaReview report(Account pa, long reviewId, String reason) {
        StatedReason why = StatedReason.of(reason, "reportReason", "Say why the council should look at this review");
        PaReview review = lockedReviewOf(pa, reviewId);
        review.report(why, clock.instant());
        audit.record(pa.id(), "PA_REVIEW_REPORTED", "pa_review", reviewId, why.text());
        return review;
    }

    /** Any review, hidden or not, for council staff. */
    public Optional<PaReview> forCouncil(Account council, long reviewId) {
        requireCouncil(council);
        return Optional.ofNullable(em.find(PaReview.class, reviewId));
    }

    /** Reviews PAs reported that wait for the council's decision, oldest report first. */
    public List<PaReview> reported(Account council) {
        requireCouncil(council);
        return em.createNamedQuery(PaReview.REPORTED, PaReview.class).getResultList();
    }

    /** Moderation: hides the review and its reply from the profile, keeping both and the reason on record. */
    @Transactional
    public PaReview hide(Account council, long reviewId, String reason) {
        requireCouncil(council);
        StatedReason why = StatedReason.of(reason, "hideReason", "Say why the review is hidden, for the record");
        PaReview review = lockedForCouncil(reviewId);
        review.hide(council.id(), why, clock.instant());
        changed.fire(new PaReviewsChanged(review.paAccountId()));
        audit.record(council.id(), "PA_REVIEW_HIDDEN", "pa_review", reviewId,
                "review of PA account " + review.paAccountId() + " hidden: " + why.text());
        return review;
    }

    /** The council decides a reported review may stay on the profile. */
    @Transactional
    public PaReview keep(Account council, long reviewId) {
        requireCouncil(council);
        PaReview review = lockedForCouncil(reviewId);
        review.keep(council.id(), clock.instant());
        audit.record(council.id(), "PA_REVIEW_KEPT", "pa_review", reviewId,
                "reported review of PA account " + review.paAccountId() + " kept on the profile");
        return review;
    }

    private boolean hasReviewed(Account author, long paAccountId) {
        return !em.createQuery("SELECT r.id FROM PaReview r WHERE r.paAccountId = :pa AND r.authorAccountId = :author",
                Long.class).setParameter("pa", paAccountId).setParameter("author", author.id()).getResultList().isEmpty();
    }

    /** Where the PA last gave the author support that the author approved on a timesheet. */
    private Optional<Long> placeOfApprovedSupport(Account author, long paAccountId) {
        return em.createQuery("SELECT a.placeId FROM Timesheet t, Agreement a WHERE a.id = t.agreementId"
                        + " AND t.dpHolderAccountId = :author AND t.paAccountId = :pa AND t.status = :approved"
                        + " AND a.dpHolderAccountId = :author AND a.paAccountId = :pa"
                        + " ORDER BY t.decidedAt DESC, t.id DESC", Long.class)
                .setParameter("author", author.id()).setParameter("pa", paAccountId)
                .setParameter("approved", TimesheetStatus.APPROVED).setMaxResults(1).getResultStream().findFirst();
    }

    private PaReview lockedReviewOf(Account pa, long reviewId) {
        if (pa.role() != Role.PA) {
            throw new SecurityException("Only the PA a review is about can reply to it or report it");
        }
        PaReview review = em.find(PaReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null || review.paAccountId() != pa.id()) {
            throw new SecurityException("Only the PA a review is about can reply to it or report it");
        }
        return review;
    }

    private PaReview lockedForCouncil(long reviewId) {
        PaReview review = em.find(PaReview.class, reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw new InvalidInputException("hideReason", "There is no such review");
        }
        return review;
    }

    private static void requireCouncil(Account account) {
        if (account.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff moderate reviews");
        }
    }
}
