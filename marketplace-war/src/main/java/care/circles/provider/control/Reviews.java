package care.circles.provider.control;

import java.time.Clock;
import java.util.List;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.platform.InvalidInputException;
import care.circles.provider.entity.Review;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reviews on organisations' public pages: people who get care and support (DP holder accounts)
 * write one each per organisation; council staff remove one that breaks the rules, with a reason
 * that is audited. Reviews are public, so they never name who wrote them.
 */
@ApplicationScoped
public class Reviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The reviews shown on the organisation's page, newest first. */
    public List<Review> shown(long providerId) {
        return em.createNamedQuery(Review.SHOWN, Review.class).setParameter("provider", providerId).getResultList();
    }

    public boolean hasReviewed(Account account, long providerId) {
        return account != null && !em.createQuery("SELECT r.id FROM Review r WHERE r.providerId = :provider"
                + " AND r.authorAccountId = :author", Long.class).setParameter("provider", providerId)
                .setParameter("author", account.id()).getResultList().isEmpty();
    }

    @Transactional
    public Review write(Account author, long providerId, String rating, String words) {
        if (author.role() != Role.DP_HOLDER) {
            throw new SecurityException("Reviews are written by people who get care and support");
        }
        organisations.lock(providerId);
        if (hasReviewed(author, providerId)) {
            throw new InvalidInputException("words", "You have already reviewed this organisation");
        }
        Review review = new Review(providerId, author.id(), rating, words, clock.instant());
        em.persist(review);
        em.flush();
        return review;
    }

    /** Moderation: hides the review from the page, keeping it and the reason on record. */
    @Transactional
    public void remove(Account council, long reviewId, String reason) {
        if (council.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff remove reviews");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("removalReason", why.isEmpty()
                    ? "Say why the review is removed, for the record" : "The reason must be 500 characters or fewer");
        }
        Review review = em.find(Review.class, reviewId);
        if (review == null || review.isRemoved()) {
            throw new InvalidInputException("removeReview", "Choose a review that is shown on the page");
        }
        review.remove(council.id(), why, clock.instant());
        audit.record(council.id(), "REVIEW_REMOVED", "organisation_review", reviewId,
                "review of provider " + review.providerId() + " removed: " + why);
    }
}
