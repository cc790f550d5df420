package care.circles.provider.entity;

import java.time.Instant;

import care.circles.platform.InvalidInputException;
import care.circles.review.entity.ReviewContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** What a person who uses an organisation's support says about it: a rating from 1 to 5 and their words. */
@Entity
@Table(name = "organisation_review")
@NamedQuery(name = Review.SHOWN, query = "SELECT r FROM Review r WHERE r.providerId = :provider AND r.removedAt IS NULL"
        + " ORDER BY r.createdAt DESC, r.id DESC")
public class Review {

    public static final String SHOWN = "Review.shown";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(nullable = false, updatable = false)
    private String words;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private Long removedBy;

    @Column(name = "removal_reason")
    private String removalReason;

    protected Review() {
    }

    /** @throws InvalidInputException (fields rating, words) naming what is wrong */
    public Review(long providerId, long authorAccountId, String rating, String words, Instant now) {
        ReviewContent content = ReviewContent.of(rating, words);
        this.providerId = providerId;
        this.authorAccountId = authorAccountId;
        this.rating = content.rating();
        this.words = content.words();
        this.createdAt = now;
    }

    public void remove(long councilAccountId, String reason, Instant now) {
        removedAt = now;
        removedBy = councilAccountId;
        removalReason = reason;
    }

    public Long id() {
        return id;
    }

    public long providerId() {
        return providerId;
    }

    public long authorAccountId() {
        return authorAccountId;
    }

    public int rating() {
        return rating;
    }

    public String words() {
        return words;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
