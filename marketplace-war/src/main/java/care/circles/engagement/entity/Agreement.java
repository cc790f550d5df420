package care.circles.engagement.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
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
 * What a DP holder and a PA agreed: regular visits from an accepted request, or one visit of
 * cover. Either side can give notice, which ends it after the agreed number of weeks; an
 * agreement whose last day has passed is over, whatever was stored.
 */
@Entity
@Table(name = "agreement")
@NamedQuery(name = Agreement.INVOLVING, query = "SELECT a FROM Agreement a"
        + " WHERE a.dpHolderAccountId = :account OR a.paAccountId = :account ORDER BY a.id DESC")
@NamedQuery(name = Agreement.COUNT_INVOLVING, query = "SELECT COUNT(a) FROM Agreement a"
        + " WHERE a.dpHolderAccountId = :account OR a.paAccountId = :account")
@NamedQuery(name = Agreement.TO_PLAN, query = "SELECT a FROM Agreement a WHERE a.oneOff = false"
        + " AND a.status <> care.circles.engagement.entity.AgreementStatus.ENDED"
        + " AND (a.plannedUntil IS NULL OR a.plannedUntil < :horizon) ORDER BY a.id")
public class Agreement extends TermsRecord {

    public static final String INVOLVING = "Agreement.involving";
    public static final String COUNT_INVOLVING = "Agreement.countInvolving";
    public static final String TO_PLAN = "Agreement.toPlan";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "engagement_request_id", updatable = false)
    private Long engagementRequestId;

    @Column(name = "one_off", nullable = false, updatable = false)
    private boolean oneOff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementStatus status;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "notice_reason")
    private String noticeReason;

    @Column(name = "planned_until")
    private LocalDate plannedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_time", joinColumns = @JoinColumn(name = "agreement_id"))
    private Set<VisitTime> times = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_skill", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "skill", nullable = false)
    private Set<String> skillCodes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_duty_done", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "duty", nullable = false)
    private Set<EmployerDuty> dutiesDone = EnumSet.noneOf(EmployerDuty.class);

    @Version
    private long version;

    protected Agreement() {
    }

    private Agreement(long dpHolderAccountId, long paAccountId, long paProfileId, EngagementTerms terms,
                      Long requestId, boolean oneOff, Instant now) {
        this.dpHolderAccountId = dpHolderAccountId;
        this.paAccountId = paAccountId;
        this.paProfileId = paProfileId;
        this.engagementRequestId = requestId;
        this.oneOff = oneOff;
        this.status = AgreementStatus.ACTIVE;
        this.createdAt = now;
        write(terms, now);
    }

    /** The agreement an accepted request becomes, on the terms last proposed. */
    public static Agreement from(EngagementRequest accepted, EngagementTerms terms, Instant now) {
        if (accepted.status() != RequestStatus.ACCEPTED) {
            throw new IllegalStateException("Only an accepted request becomes an agreement");
        }
        return new Agreement(accepted.dpHolderAccountId(), accepted.paAccountId(), accepted.paProfileId(), terms,
                accepted.id(), false, now);
    }

    /**
     * One visit of cover by another PA. Its one day is the visit's; it makes no visits itself
     * (the cover visit is made with it).
     */
    public static Agreement oneOff(long dpHolderAccountId, long paAccountId, long paProfileId, EngagementTerms terms,
                                   Instant now) {
        Agreement agreement = new Agreement(dpHolderAccountId, paAccountId, paProfileId, terms, null, true, now);
        agreement.endsOn = terms.startDate();
        agreement.plannedUntil = terms.startDate();
        return agreement;
    }

    /** Notice from either side: the agreement ends the agreed number of weeks after today. */
    public void giveNotice(StatedReason reason, LocalDate today, Instant now) {
        AgreementStatus current = status(today);
        if (oneOff) {
            throw new ChangeRefused("This agreement is for one visit only and ends by itself after it."
                    + " To stop the visit, cancel it.");
        }
        if (current != AgreementStatus.ACTIVE) {
            throw new ChangeRefused("You cannot give notice because this agreement is "
                    + current.getLabel().toLowerCase(java.util.Locale.UK) + ".");
        }
        LocalDate last = today.plusWeeks(noticeWeeks());
        endsOn = startDate().isAfter(last) ? today : last;
        noticeReason = reason.text();
        status = AgreementStatus.ENDING;
        updatedAt = now;
    }

    /**
     * Stores that an agreement past its last day has ended.
     *
     * @return true if it was in force until now
     */
    public boolean endIfOver(LocalDate today, Instant now) {
        if (status != AgreementStatus.ENDED && status(today) == AgreementStatus.ENDED) {
            status = AgreementStatus.ENDED;
            updatedAt = now;
            return true;
        }
        return false;
    }

    /** The status as of today: an agreement whose last day has passed is over. */
    public AgreementStatus status(LocalDate today) {
        if (endsOn != null && endsOn.isBefore(today)) {
            return AgreementStatus.ENDED;
        }
        return status;
    }

    /** The DP holder ticks (or unticks) an employer's duty as done. */
    public void markDuty(EmployerDuty duty, boolean done, Instant now) {
        if (arrangement() != Arrangement.EMPLOYED) {
            throw new ChangeRefused("The PA is self-employed here, so you have no employer's duties to tick off.");
        }
        if (done) {
            dutiesDone.add(duty);
        } else {
            dutiesDone.remove(duty);
        }
        updatedAt = now;
    }

    /** Visits are in the calendar up to and including this day. */
    public void plannedUntil(LocalDate day) {
        if (plannedUntil == null || day.isAfter(plannedUntil)) {
            plannedUntil = day;
        }
    }

    /** The first day whose visits are not yet in the calendar. */
    public LocalDate firstUnplannedDay() {
        return plannedUntil == null ? startDate() : plannedUntil.plusDays(1);
    }

    @Override
    protected Collection<VisitTime> storedTimes() {
        return times;
    }

    @Override
    protected Collection<String> storedSkills() {
        return skillCodes;
    }

    public Long id() {
        return id;
    }

    public Long engagementRequestId() {
        return engagementRequestId;
    }

    public boolean isOneOff() {
        return oneOff;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String noticeReason() {
        return noticeReason;
    }

    public LocalDate plannedUntil() {
        return plannedUntil;
    }

    public Set<EmployerDuty> dutiesDone() {
        return dutiesDone.isEmpty() ? EnumSet.noneOf(EmployerDuty.class) : EnumSet.copyOf(dutiesDone);
    }
}
