package care.circles.dayopportunity.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

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
 * A stored schedule of sessions. Its sessions are made ahead of time, up to {@link #madeUntil()},
 * and further as the weeks go by.
 */
@Entity
@Table(name = "session_series")
@NamedQuery(name = SessionSeries.OF_LISTING, query = "SELECT s FROM SessionSeries s WHERE s.dayOpportunityId = :listing"
        + " ORDER BY s.firstDate, s.startTime, s.id")
@NamedQuery(name = SessionSeries.GOING_ON, query = "SELECT s FROM SessionSeries s WHERE (s.lastDate IS NULL"
        + " OR s.lastDate >= :today) AND (s.madeUntil IS NULL OR s.madeUntil < :horizon) ORDER BY s.id")
@NamedQuery(name = SessionSeries.CURRENT, query = "SELECT s FROM SessionSeries s WHERE s.lastDate IS NULL"
        + " OR s.lastDate >= :today ORDER BY s.dayOpportunityId, s.id")
public class SessionSeries {

    public static final String OF_LISTING = "SessionSeries.ofListing";
    /** Schedules that still have sessions to make before the horizon. */
    public static final String GOING_ON = "SessionSeries.goingOn";
    /** Schedules with sessions today or later. */
    public static final String CURRENT = "SessionSeries.current";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "day_opportunity_id", nullable = false, updatable = false)
    private long dayOpportunityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Recurrence recurrence;

    @Column(name = "first_date", nullable = false, updatable = false)
    private LocalDate firstDate;

    @Column(name = "last_date")
    private LocalDate lastDate;

    @Column(name = "start_time", nullable = false, updatable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false, updatable = false)
    private LocalTime endTime;

    @Column(nullable = false, updatable = false)
    private int capacity;

    @Column(name = "booking_cutoff_hours", nullable = false, updatable = false)
    private int bookingCutoffHours;

    @Column(name = "skip_bank_holidays", nullable = false, updatable = false)
    private boolean skipBankHolidays;

    @Column(name = "made_until")
    private LocalDate madeUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_series_exception", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "on_date", nullable = false)
    private Set<LocalDate> exceptions = new HashSet<>();

    @Version
    private long version;

    protected SessionSeries() {
    }

    public SessionSeries(long dayOpportunityId, SessionPlan plan, Instant now) {
        this.dayOpportunityId = dayOpportunityId;
        this.kind = plan.kind();
        this.recurrence = plan.recurrence();
        this.firstDate = plan.firstDate();
        this.lastDate = plan.lastDate();
        this.startTime = plan.start();
        this.endTime = plan.end();
        this.capacity = plan.capacity();
        this.bookingCutoffHours = plan.bookingCutoffHours();
        this.skipBankHolidays = plan.skipBankHolidays();
        this.exceptions.addAll(plan.exceptions());
        this.createdAt = now;
    }

    public SessionPlan plan() {
        return new SessionPlan(kind, recurrence, firstDate, lastDate, startTime, endTime, capacity, bookingCutoffHours,
                skipBankHolidays, exceptions);
    }

    /** Sessions exist up to this date (inclusive). */
    public void madeUntil(LocalDate date) {
        if (madeUntil == null || date.isAfter(madeUntil)) {
            madeUntil = date;
        }
    }

    public Long id() {
        return id;
    }

    public long dayOpportunityId() {
        return dayOpportunityId;
    }

    public SessionKind kind() {
        return kind;
    }

    public LocalDate madeUntil() {
        return madeUntil;
    }
}
