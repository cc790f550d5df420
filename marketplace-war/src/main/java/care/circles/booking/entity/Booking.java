package care.circles.booking.entity;

import java.time.Instant;

import care.circles.payments.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A booked place at one session, for the booker or someone they care for. Price and how it is
 * paid are fixed when booking. A cancelled booking stays, saying who cancelled and when.
 */
@Entity
@Table(name = "booking")
@NamedQuery(name = Booking.BY_BOOKER_FROM, query = "SELECT b FROM Booking b, DaySession s"
        + " WHERE b.sessionId = s.id AND b.bookerAccountId = :booker AND s.endsAt > :from ORDER BY s.startsAt, b.id")
@NamedQuery(name = Booking.BY_BOOKER_BEFORE, query = "SELECT b FROM Booking b, DaySession s"
        + " WHERE b.sessionId = s.id AND b.bookerAccountId = :booker AND s.endsAt <= :before ORDER BY s.startsAt DESC, b.id")
@NamedQuery(name = Booking.CONFIRMED_AT, query = "SELECT b FROM Booking b WHERE b.sessionId = :session"
        + " AND b.status = care.circles.booking.entity.BookingStatus.CONFIRMED ORDER BY b.attendeeName, b.id")
@NamedQuery(name = Booking.CONFIRMED_OF_BOOKER_AT, query = "SELECT b FROM Booking b WHERE b.sessionId = :session"
        + " AND b.bookerAccountId = :booker AND b.status = care.circles.booking.entity.BookingStatus.CONFIRMED")
public class Booking {

    public static final String BY_BOOKER_FROM = "Booking.byBookerFrom";
    public static final String BY_BOOKER_BEFORE = "Booking.byBookerBefore";
    public static final String CONFIRMED_AT = "Booking.confirmedAt";
    public static final String CONFIRMED_OF_BOOKER_AT = "Booking.confirmedOfBookerAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "booker_account_id", nullable = false, updatable = false)
    private long bookerAccountId;

    @Column(name = "attendee_name", nullable = false, updatable = false)
    private String attendeeName;

    @Column(name = "for_someone_else", nullable = false, updatable = false)
    private boolean forSomeoneElse;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, updatable = false)
    private PaymentMethod paymentMethod;

    @Column(name = "price_pence", nullable = false, updatable = false)
    private int pricePence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "series_group_id")
    private Long seriesGroupId;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "late_cancellation", nullable = false)
    private boolean lateCancellation;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    @Column(name = "attendance_noted_at")
    private Instant attendanceNotedAt;

    @Version
    private long version;

    protected Booking() {
    }

    public Booking(long sessionId, long bookerAccountId, BookingChoice choice, Money price, Instant now) {
        this.sessionId = sessionId;
        this.bookerAccountId = bookerAccountId;
        this.attendeeName = choice.attendeeName();
        this.forSomeoneElse = choice.forSomeoneElse();
        this.paymentMethod = choice.paymentMethod();
        this.pricePence = Math.toIntExact(price.pence());
        this.status = BookingStatus.CONFIRMED;
        this.bookedAt = now;
    }

    /** Bookings made together for a series share the id of the first. */
    public void partOfSeries(long firstBookingId) {
        seriesGroupId = firstBookingId;
    }

    /** @param late the person gave less notice than the provider asks for */
    public void cancelByPerson(long accountId, Instant now, boolean late) {
        requireConfirmed();
        status = BookingStatus.CANCELLED_BY_PERSON;
        cancelledAt = now;
        cancelledBy = accountId;
        lateCancellation = late;
    }

    public void cancelByProvider(long accountId, Instant now, String reason) {
        requireConfirmed();
        status = BookingStatus.CANCELLED_BY_PROVIDER;
        cancelledAt = now;
        cancelledBy = accountId;
        cancelReason = reason;
    }

    public void noteAttendance(Attendance noted, Instant now) {
        requireConfirmed();
        attendance = noted;
        attendanceNotedAt = now;
    }

    private void requireConfirmed() {
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalStateException("Booking " + id + " is " + status + " already");
        }
    }

    public boolean isConfirmed() {
        return status == BookingStatus.CONFIRMED;
    }

    public boolean isBookedBy(long accountId) {
        return bookerAccountId == accountId;
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public long bookerAccountId() {
        return bookerAccountId;
    }

    public String attendeeName() {
        return attendeeName;
    }

    public boolean forSomeoneElse() {
        return forSomeoneElse;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    public Money price() {
        return Money.ofPence(pricePence);
    }

    public BookingStatus status() {
        return status;
    }

    public Long seriesGroupId() {
        return seriesGroupId;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Attendance attendance() {
        return attendance;
    }
}
