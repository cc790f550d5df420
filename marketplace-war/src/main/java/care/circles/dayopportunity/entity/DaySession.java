package care.circles.dayopportunity.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One session on one date. The places counters are only ever changed by conditional updates
 * in the database (booking.control.SessionPlaces), never through this entity, so a stale copy
 * here can never write back an old count.
 */
@Entity
@Table(name = "day_session")
@NamedQuery(name = DaySession.UPCOMING, query = "SELECT s FROM DaySession s WHERE s.dayOpportunityId = :listing"
        + " AND s.endsAt > :now ORDER BY s.startsAt, s.id")
@NamedQuery(name = DaySession.COUNT_UPCOMING, query = "SELECT COUNT(s) FROM DaySession s"
        + " WHERE s.dayOpportunityId = :listing AND s.endsAt > :now")
@NamedQuery(name = DaySession.RECENT, query = "SELECT s FROM DaySession s WHERE s.dayOpportunityId = :listing"
        + " AND s.endsAt <= :now AND s.startsAt > :since ORDER BY s.startsAt DESC, s.id DESC")
@NamedQuery(name = DaySession.OF_SERIES_FROM, query = "SELECT s FROM DaySession s WHERE s.seriesId = :series"
        + " AND s.startsAt >= :from ORDER BY s.startsAt, s.id")
@NamedQuery(name = DaySession.DATES_OF_SERIES, query = "SELECT s.sessionDate FROM DaySession s WHERE s.seriesId = :series"
        + " AND s.sessionDate >= :from")
public class DaySession {

    public static final String UPCOMING = "DaySession.upcoming";
    public static final String COUNT_UPCOMING = "DaySession.countUpcoming";
    public static final String RECENT = "DaySession.recent";
    public static final String OF_SERIES_FROM = "DaySession.ofSeriesFrom";
    public static final String DATES_OF_SERIES = "DaySession.datesOfSeries";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false)
    private long seriesId;

    @Column(name = "day_opportunity_id", nullable = false, updatable = false)
    private long dayOpportunityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionKind kind;

    @Column(name = "session_date", nullable = false, updatable = false)
    private LocalDate sessionDate;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(name = "booking_closes_at", nullable = false, updatable = false)
    private Instant bookingClosesAt;

    @Column(nullable = false, updatable = false)
    private int capacity;

    @Column(name = "places_taken", nullable = false, updatable = false)
    private int placesTaken;

    @Column(name = "places_held", nullable = false, updatable = false)
    private int placesHeld;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    protected DaySession() {
    }

    public DaySession(SessionSeries series, LocalDate date) {
        SessionPlan plan = series.plan();
        this.seriesId = series.id();
        this.dayOpportunityId = series.dayOpportunityId();
        this.kind = plan.kind();
        this.sessionDate = date;
        this.startsAt = plan.startsOn(date);
        this.endsAt = plan.endsOn(date);
        this.bookingClosesAt = plan.bookingClosesOn(date);
        this.capacity = plan.capacity();
        this.status = SessionStatus.SCHEDULED;
    }

    public void cancel(Instant now, String reason) {
        status = SessionStatus.CANCELLED;
        cancelledAt = now;
        cancelReason = reason;
    }

    /** Open for booking: scheduled, and its booking cut-off has not passed. */
    public boolean isBookable(Instant now) {
        return status == SessionStatus.SCHEDULED && now.isBefore(bookingClosesAt);
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Places anyone may book now: held places are kept for someone on the waiting list. */
    public int placesLeft() {
        return Math.max(0, capacity - placesTaken - placesHeld);
    }

    public boolean isFull() {
        return placesLeft() == 0;
    }

    public Long id() {
        return id;
    }

    public long seriesId() {
        return seriesId;
    }

    public long dayOpportunityId() {
        return dayOpportunityId;
    }

    public SessionKind kind() {
        return kind;
    }

    public boolean isCarersBreak() {
        return kind == SessionKind.CARERS_BREAK;
    }

    public LocalDate sessionDate() {
        return sessionDate;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant bookingClosesAt() {
        return bookingClosesAt;
    }

    public int capacity() {
        return capacity;
    }

    public int placesTaken() {
        return placesTaken;
    }

    public int placesHeld() {
        return placesHeld;
    }

    public SessionStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** "Tuesday 1 December 2026, 10:00 to 12:00". */
    public String when() {
        return SessionTimes.when(startsAt, endsAt);
    }
}
