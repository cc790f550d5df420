package care.circles.advert.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import care.circles.payments.Money;
import care.circles.platform.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A DP holder's advert for a personal assistant, from draft through the council's check to
 * published, and then filled, withdrawn or closed. Each change is a method that refuses what
 * the current status does not allow. A published advert closes by itself
 * {@link #OPEN_FOR} after publishing: {@link #status(Instant)} says so from the clock alone.
 */
@Entity
@Table(name = "job_advert")
@NamedQuery(name = JobAdvert.BY_POSTER, query = "SELECT a FROM JobAdvert a WHERE a.posterAccountId = :poster ORDER BY a.id DESC")
@NamedQuery(name = JobAdvert.COUNT_BY_POSTER, query = "SELECT COUNT(a) FROM JobAdvert a WHERE a.posterAccountId = :poster")
@NamedQuery(name = JobAdvert.WAITING, query = "SELECT a FROM JobAdvert a WHERE a.status = care.circles.advert.entity.AdvertStatus.SUBMITTED ORDER BY a.submittedAt, a.id")
@NamedQuery(name = JobAdvert.COUNT_WAITING, query = "SELECT COUNT(a) FROM JobAdvert a WHERE a.status = care.circles.advert.entity.AdvertStatus.SUBMITTED")
@NamedQuery(name = JobAdvert.OPEN, query = "SELECT a FROM JobAdvert a WHERE a.status = care.circles.advert.entity.AdvertStatus.PUBLISHED AND a.publishedAt > :publishedAfter ORDER BY a.id")
@NamedQuery(name = JobAdvert.EXPIRED, query = "SELECT a FROM JobAdvert a WHERE a.status = care.circles.advert.entity.AdvertStatus.PUBLISHED AND a.publishedAt <= :publishedBy ORDER BY a.publishedAt")
public class JobAdvert {

    public static final String BY_POSTER = "JobAdvert.byPoster";
    public static final String COUNT_BY_POSTER = "JobAdvert.countByPoster";
    public static final String WAITING = "JobAdvert.waiting";
    public static final String COUNT_WAITING = "JobAdvert.countWaiting";
    public static final String OPEN = "JobAdvert.open";
    public static final String EXPIRED = "JobAdvert.expired";

    /** How long a published advert stays open. */
    public static final Duration OPEN_FOR = Duration.ofDays(60);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "poster_account_id", nullable = false, updatable = false)
    private long posterAccountId;

    @Column(nullable = false)
    private String title;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "hours_per_week", nullable = false)
    private BigDecimal hoursPerWeek;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "hourly_rate_pence", nullable = false)
    private int hourlyRatePence;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdvertStatus status;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_advert_skill", joinColumns = @JoinColumn(name = "job_advert_id"))
    @Column(name = "skill", nullable = false)
    private Set<String> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_advert_time", joinColumns = @JoinColumn(name = "job_advert_id"))
    private Set<WeeklySlot> times = new HashSet<>();

    @Version
    private long version;

    protected JobAdvert() {
    }

    public JobAdvert(long posterAccountId, AdvertDetails details, Instant now) {
        this.posterAccountId = posterAccountId;
        this.status = AdvertStatus.DRAFT;
        this.createdAt = now;
        write(details, now);
    }

    /** The poster changes the words: only a draft or an advert the council sent back. */
    public void update(AdvertDetails details, Instant now) {
        AdvertStatus current = status(now);
        if (!current.isEditable()) {
            throw new AdvertChangeRefused(current.editRefusal());
        }
        write(details, now);
    }

    /**
     * Sends the advert for the council's check. A start date that has passed since the advert
     * was written must be changed first.
     */
    public void submit(Instant now, LocalDate today) {
        requireCanBecome(AdvertStatus.SUBMITTED, now);
        if (startDate.isBefore(today)) {
            throw new InvalidInputException(StartDate.FIELD,
                    "The start date has passed: choose a new start date, then send the advert again");
        }
        move(AdvertStatus.SUBMITTED, now);
        rejectionReason = null;
        submittedAt = now;
    }

    public void publish(Instant now) {
        move(AdvertStatus.PUBLISHED, now);
        publishedAt = now;
    }

    public void reject(RejectionReason reason, Instant now) {
        move(AdvertStatus.REJECTED, now);
        rejectionReason = reason.text();
    }

    public void markFilled(Instant now) {
        move(AdvertStatus.FILLED, now);
        endedAt = now;
    }

    public void withdraw(Instant now) {
        move(AdvertStatus.WITHDRAWN, now);
        endedAt = now;
    }

    /**
     * Stores the closing that {@link #status(Instant)} already reports, so the search index can
     * be told once.
     *
     * @return true if the advert was open until now and is closed from now on
     */
    public boolean closeIfExpired(Instant now) {
        if (status != AdvertStatus.PUBLISHED || status(now) != AdvertStatus.CLOSED) {
            return false;
        }
        status = AdvertStatus.CLOSED;
        endedAt = closesAt();
        updatedAt = now;
        return true;
    }

    /** The status as of {@code now}: a published advert is closed once its 60 days are over. */
    public AdvertStatus status(Instant now) {
        if (status == AdvertStatus.PUBLISHED && !now.isBefore(closesAt())) {
            return AdvertStatus.CLOSED;
        }
        return status;
    }

    public boolean isOpen(Instant now) {
        return status(now) == AdvertStatus.PUBLISHED;
    }

    public boolean isPostedBy(long accountId) {
        return posterAccountId == accountId;
    }

    /** When a published advert closes; null if it has never been published. */
    public Instant closesAt() {
        return publishedAt == null ? null : publishedAt.plus(OPEN_FOR);
    }

    private void move(AdvertStatus next, Instant now) {
        requireCanBecome(next, now);
        status = next;
        updatedAt = now;
    }

    private void requireCanBecome(AdvertStatus next, Instant now) {
        AdvertStatus current = status(now);
        if (!current.canBecome(next)) {
            throw new AdvertChangeRefused(current.refusal(next));
        }
    }

    private void write(AdvertDetails details, Instant now) {
        title = details.title();
        placeId = details.place().id();
        hoursPerWeek = details.pattern().hoursPerWeek();
        times.clear();
        times.addAll(details.pattern().slots());
        skills.clear();
        skills.addAll(details.skills());
        startDate = details.startDate().date();
        hourlyRatePence = Math.toIntExact(details.rate().perHour().pence());
        description = details.description();
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long posterAccountId() {
        return posterAccountId;
    }

    public String title() {
        return title;
    }

    public long placeId() {
        return placeId;
    }

    public WeeklyPattern pattern() {
        return new WeeklyPattern(new TreeSet<>(times), hoursPerWeek);
    }

    /** Kinds of support needed: codes from the council's taxonomy. */
    public Set<String> skills() {
        return new TreeSet<>(skills);
    }

    public StartDate startDate() {
        return new StartDate(startDate);
    }

    public OfferedRate rate() {
        return new OfferedRate(Money.ofPence(hourlyRatePence));
    }

    public String description() {
        return description;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
