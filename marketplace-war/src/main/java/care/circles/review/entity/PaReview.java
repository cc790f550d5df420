package care.circles.review.entity;

import java.time.Instant;

import care.circles.engagement.entity.StatedReason;
import care.circles.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a person who uses direct payments says about a personal assistant who has worked for them,
 * with the PA's one reply. The PA may report it to the council; council staff hide it (reply and
 * all) with a reason, or keep it. A hidden review stays on record.
 */
@Entity
@Table(name = "pa_review")
@NamedQuery(name = PaReview.SHOWN, query = "SELECT r FROM PaReview r WHERE r.paAccountId = :pa AND r.hiddenAt IS NULL"
        + " ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = PaReview.SUMMARY, query = "SELECT COUNT(r), AVG(r.rating) FROM PaReview r"
        + " WHERE r.paAccountId = :pa AND r.hiddenAt IS NULL")
@NamedQuery(name = PaReview.REPORTED, query = "SELECT r FROM PaReview r WHERE r.reportedAt IS NOT NULL"
        + " AND r.reportClosedAt IS NULL AND r.hiddenAt IS NULL ORDER BY r.reportedAt, r.id")
public class PaReview {

    public static final String SHOWN = "PaReview.shown";
    public static final String SUMMARY = "PaReview.summary";
    public static final String REPORTED = "PaReview.reported";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pa_account_id", nullable = false, updatable = false)
    private long paAccountId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Column(name = "author_place_id", nullable = false, updatable = false)
    private long authorPlaceId;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(nullable = false, updatable = false)
    private String words;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "reply_words")
    private String replyWords;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "report_reason")
    private String reportReason;

    @Column(name = "report_closed_at")
    private Instant reportClosedAt;

    @Column(name = "report_closed_by")
    private Long reportClosedBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "hide_reason")
    private String hideReason;

    @Version
    private long version;

    protected PaReview() {
    }

    /** @param authorPlaceId where the support was given: the only thing shown about who wrote it */
    public PaReview(long paAccountId, long authorAccountId, long authorPlaceId, ReviewContent content, Instant now) {
        this.paAccountId = paAccountId;
        this.authorAccountId = authorAccountId;
        this.authorPlaceId = authorPlaceId;
        this.rating = content.rating();
        this.words = content.words();
        this.createdAt = now;
    }

    /**
     * The PA's reply, once.
     *
     * @throws InvalidInputException (field replyWords) when there is a reply already, the review is
     *                               hidden, or the words are empty or too long
     */
    public void reply(String typed, Instant now) {
        if (isHidden()) {
            throw new InvalidInputException("replyWords", "The council has hidden this review, so it cannot be replied to");
        }
        if (hasReply()) {
            throw new InvalidInputException("replyWords", "You have already replied to this review. You can reply once only.");
        }
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("replyWords", "Write your reply");
        }
        if (text.length() > ReviewContent.MAX_WORDS) {
            throw new InvalidInputException("replyWords", "Your reply must be " + ReviewContent.MAX_WORDS
                    + " characters or fewer; it has " + text.length());
        }
        replyWords = text;
        repliedAt = now;
    }

    /** @throws InvalidInputException (field reportReason) when it is reported already or hidden */
    public void report(StatedReason reason, Instant now) {
        if (isHidden()) {
            throw new InvalidInputException("reportReason", "The council has already hidden this review");
        }
        if (reportedAt != null) {
            throw new InvalidInputException("reportReason", "You have already reported this review to the council");
        }
        reportedAt = now;
        reportReason = reason.text();
    }

    /** Hides the review and its reply from everyone but the council; an open report is closed by it. */
    public void hide(long councilAccountId, StatedReason reason, Instant now) {
        if (isHidden()) {
            throw new InvalidInputException("hideReason", "This review is hidden already");
        }
        hiddenAt = now;
        hiddenBy = councilAccountId;
        hideReason = reason.text();
        if (isReportOpen()) {
            closeReport(councilAccountId, now);
        }
    }

    /** The council read the report and keeps the review on the page. */
    public void keep(long councilAccountId, Instant now) {
        if (!isReportOpen()) {
            throw new InvalidInputException("hideReason", "This review has no report waiting for a decision");
        }
        closeReport(councilAccountId, now);
    }

    private void closeReport(long councilAccountId, Instant now) {
        reportClosedAt = now;
        reportClosedBy = councilAccountId;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public boolean hasReply() {
        return replyWords != null;
    }

    public boolean isReportOpen() {
        return reportedAt != null && reportClosedAt == null && hiddenAt == null;
    }

    public boolean isReported() {
        return reportedAt != null;
    }

    public Long id() {
        return id;
    }

    public long paAccountId() {
        return paAccountId;
    }

    public long authorAccountId() {
        return authorAccountId;
    }

    public long authorPlaceId() {
        return authorPlaceId;
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

    public String replyWords() {
        return replyWords;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportReason() {
        return reportReason;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hideReason() {
        return hideReason;
    }
}
