package care.circles.booking.entity;

import java.time.Instant;

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
 * A person in line for a place at a full session. When a place is freed the first in line is
 * offered it, and the place is kept for them until the offer ends.
 */
@Entity
@Table(name = "waitlist_entry")
@NamedQuery(name = WaitlistEntry.NEXT_IN_LINE, query = "SELECT w FROM WaitlistEntry w WHERE w.sessionId = :session"
        + " AND w.status = care.circles.booking.entity.WaitlistStatus.WAITING ORDER BY w.joinedAt, w.id")
@NamedQuery(name = WaitlistEntry.OPEN_AT, query = "SELECT w FROM WaitlistEntry w WHERE w.sessionId = :session"
        + " AND w.status IN (care.circles.booking.entity.WaitlistStatus.WAITING,"
        + " care.circles.booking.entity.WaitlistStatus.OFFERED) ORDER BY w.joinedAt, w.id")
@NamedQuery(name = WaitlistEntry.OPEN_OF_ACCOUNT, query = "SELECT w FROM WaitlistEntry w WHERE w.accountId = :account"
        + " AND w.status IN (care.circles.booking.entity.WaitlistStatus.WAITING,"
        + " care.circles.booking.entity.WaitlistStatus.OFFERED) ORDER BY w.joinedAt, w.id")
@NamedQuery(name = WaitlistEntry.OFFERS_ENDED, query = "SELECT w.id FROM WaitlistEntry w"
        + " WHERE w.status = care.circles.booking.entity.WaitlistStatus.OFFERED AND w.offerExpiresAt <= :now"
        + " ORDER BY w.offerExpiresAt, w.id")
public class WaitlistEntry {

    public static final String NEXT_IN_LINE = "WaitlistEntry.nextInLine";
    public static final String OPEN_AT = "WaitlistEntry.openAt";
    public static final String OPEN_OF_ACCOUNT = "WaitlistEntry.openOfAccount";
    public static final String OFFERS_ENDED = "WaitlistEntry.offersEnded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "attendee_name", nullable = false, updatable = false)
    private String attendeeName;

    @Column(name = "for_someone_else", nullable = false, updatable = false)
    private boolean forSomeoneElse;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, updatable = false)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WaitlistStatus status;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "booking_id")
    private Long bookingId;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected WaitlistEntry() {
    }

    public WaitlistEntry(long sessionId, long accountId, BookingChoice choice, Instant now) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.attendeeName = choice.attendeeName();
        this.forSomeoneElse = choice.forSomeoneElse();
        this.paymentMethod = choice.paymentMethod();
        this.status = WaitlistStatus.WAITING;
        this.joinedAt = now;
    }

    public void offer(Instant now, Instant expiresAt) {
        move(WaitlistStatus.WAITING, WaitlistStatus.OFFERED, now);
        offeredAt = now;
        offerExpiresAt = expiresAt;
    }

    public void booked(long booking, Instant now) {
        move(WaitlistStatus.OFFERED, WaitlistStatus.BOOKED, now);
        bookingId = booking;
    }

    public void decline(Instant now) {
        move(WaitlistStatus.OFFERED, WaitlistStatus.DECLINED, now);
    }

    public void expire(Instant now) {
        move(WaitlistStatus.OFFERED, WaitlistStatus.EXPIRED, now);
    }

    public void leave(Instant now) {
        move(WaitlistStatus.WAITING, WaitlistStatus.LEFT, now);
    }

    /** The session was cancelled or closed for booking: nobody is waiting for it any more. */
    public void close(Instant now) {
        if (isOpen()) {
            status = WaitlistStatus.CLOSED;
            endedAt = now;
        }
    }

    private void move(WaitlistStatus from, WaitlistStatus to, Instant now) {
        if (status != from) {
            throw new IllegalStateException("Waiting-list entry " + id + " is " + status + ", not " + from);
        }
        status = to;
        if (to != WaitlistStatus.OFFERED) {
            endedAt = now;
        }
    }

    public boolean isOpen() {
        return status == WaitlistStatus.WAITING || status == WaitlistStatus.OFFERED;
    }

    /** The offer stands: made, not answered, and not past its end. */
    public boolean isOfferOpen(Instant now) {
        return status == WaitlistStatus.OFFERED && now.isBefore(offerExpiresAt);
    }

    public boolean belongsTo(long account) {
        return accountId == account;
    }

    public BookingChoice choice() {
        return new BookingChoice(forSomeoneElse, attendeeName, paymentMethod, false);
    }

    public Long id() {
        return id;
    }

    public long sessionId() {
        return sessionId;
    }

    public long accountId() {
        return accountId;
    }

    public String attendeeName() {
        return attendeeName;
    }

    public WaitlistStatus status() {
        return status;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    public Long bookingId() {
        return bookingId;
    }
}
