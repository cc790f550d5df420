package care.circles.isf.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import care.circles.payments.Money;
import care.circles.platform.InvalidInputException;
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

/** An individual service fund: a person's budget held by an accredited provider or broker. */
@Entity
@Table(name = "isf")
@NamedQuery(name = Isf.OF_HOLDER, query = "SELECT i FROM Isf i WHERE i.holderProviderId = :holder ORDER BY i.status, i.personName, i.id")
@NamedQuery(name = Isf.OF_PERSON, query = "SELECT i FROM Isf i WHERE (i.personAccountId = :account"
        + " OR i.representativeAccountId = :account) AND i.status = care.circles.isf.entity.IsfStatus.ACTIVE ORDER BY i.id")
@NamedQuery(name = Isf.ALL, query = "SELECT i FROM Isf i ORDER BY i.status DESC, i.personName, i.id")
public class Isf {

    public static final String OF_HOLDER = "Isf.ofHolder";
    public static final String OF_PERSON = "Isf.ofPerson";
    public static final String ALL = "Isf.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Changes only when council staff move the ISF: see {@link #moveTo}. */
    @Column(name = "holder_provider_id", nullable = false)
    private long holderProviderId;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(name = "person_account_id")
    private Long personAccountId;

    @Column(name = "representative_account_id")
    private Long representativeAccountId;

    @Column(name = "annual_budget_pence", nullable = false)
    private long annualBudgetPence;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    /** Where the person lives, when known: the ISF's locality in the market view. */
    @Column(name = "place_id")
    private Long placeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IsfStatus status;

    @Column(name = "ledger_account_id")
    private Long ledgerAccountId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_by")
    private Long confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected Isf() {
    }

    public Isf(NewIsf details, long createdBy, Instant now) {
        this.holderProviderId = details.holderProviderId();
        this.personName = details.personName();
        this.personAccountId = details.personAccountId();
        this.representativeAccountId = details.representativeAccountId();
        this.annualBudgetPence = details.annualBudget().pence();
        this.startDate = details.startDate();
        this.placeId = details.homePlaceId();
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = IsfStatus.PENDING;
    }

    /** The council confirms it; its money is held in this ledger account from now on. */
    public void confirm(long councilAccountId, long ledgerAccount, Instant now) {
        if (status != IsfStatus.PENDING) {
            throw new IsfRefused("This ISF is " + status.label().toLowerCase(Locale.UK) + " already.");
        }
        status = IsfStatus.ACTIVE;
        confirmedBy = councilAccountId;
        confirmedAt = now;
        ledgerAccountId = ledgerAccount;
    }

    public void decline(long councilAccountId, String reason, Instant now) {
        if (status != IsfStatus.PENDING) {
            throw new IsfRefused("Only an ISF waiting for confirmation can be declined.");
        }
        status = IsfStatus.DECLINED;
        confirmedBy = councilAccountId;
        confirmedAt = now;
        decisionNote = reason;
    }

    /**
     * Another organisation holds the ISF from now on; its money, spending, outcomes and statements
     * stay with it. Refused unless it is in use, and when the organisation holds it already.
     */
    public void moveTo(HolderChange change) {
        if (status == IsfStatus.PENDING) {
            throw new IsfRefused("This ISF is waiting for the council to confirm it, so it cannot move. Decline it,"
                    + " and create it again with the organisation that should hold it.");
        }
        if (status != IsfStatus.ACTIVE) {
            throw new IsfRefused("This ISF is closed (" + status.label().toLowerCase(Locale.UK)
                    + "), so it cannot move.");
        }
        if (change.seenVersion() != version) {
            throw new IsfRefused("Someone else changed this ISF while you were choosing, so it was not moved."
                    + " Check who holds it now, and move it again if it still needs to.");
        }
        if (change.newHolderId() == holderProviderId) {
            throw new InvalidInputException(HolderChange.NEW_HOLDER, "The ISF is held by this organisation already."
                    + " Choose another one");
        }
        holderProviderId = change.newHolderId();
    }

    /** Whether the person named, or their representative, is this account. */
    public boolean isFor(long accountId) {
        return (personAccountId != null && personAccountId == accountId)
                || (representativeAccountId != null && representativeAccountId == accountId);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(startDate);
    }

    public Long id() {
        return id;
    }

    public long holderProviderId() {
        return holderProviderId;
    }

    public String personName() {
        return personName;
    }

    public Long personAccountId() {
        return personAccountId;
    }

    public Long representativeAccountId() {
        return representativeAccountId;
    }

    public Money annualBudget() {
        return Money.ofPence(annualBudgetPence);
    }

    public LocalDate startDate() {
        return startDate;
    }

    public IsfStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == IsfStatus.ACTIVE;
    }

    public boolean isDeclined() {
        return status == IsfStatus.DECLINED;
    }

    public Long ledgerAccountId() {
        return ledgerAccountId;
    }

    public long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    /** Changes with every change to the ISF: a form carries it so a change made meanwhile is noticed. */
    public long version() {
        return version;
    }
}
