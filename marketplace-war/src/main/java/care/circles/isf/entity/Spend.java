package care.circles.isf.entity;

import java.time.Instant;
import java.time.LocalDate;

import care.circles.payments.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One line of spending from an ISF, never changed once written. A correction is a reversing
 * line: the same amount negative, naming the original and saying why.
 */
@Entity
@Table(name = "isf_spend")
@NamedQuery(name = Spend.OF_ISF, query = "SELECT s FROM Spend s WHERE s.isfId = :isf ORDER BY s.spentOn, s.id")
@NamedQuery(name = Spend.BY_RECEIPT, query = "SELECT s FROM Spend s WHERE s.receiptFileId = :file")
public class Spend {

    public static final String OF_ISF = "Spend.ofIsf";
    public static final String BY_RECEIPT = "Spend.byReceipt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "isf_id", nullable = false, updatable = false)
    private long isfId;

    @Column(name = "spent_on", nullable = false, updatable = false)
    private LocalDate spentOn;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(nullable = false, updatable = false)
    private String supplier;

    @Column(name = "amount_pence", nullable = false, updatable = false)
    private long amountPence;

    @Column(name = "outcome_id", nullable = false, updatable = false)
    private long outcomeId;

    @Column(name = "receipt_file_id", updatable = false)
    private Long receiptFileId;

    @Column(name = "journal_entry_id", nullable = false, updatable = false)
    private long journalEntryId;

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    @Column(name = "reversal_reason", updatable = false)
    private String reversalReason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Spend() {
    }

    public Spend(long isfId, NewSpend spend, Long receiptFileId, long journalEntryId, long recordedBy, Instant now) {
        this.isfId = isfId;
        this.spentOn = spend.spentOn();
        this.what = spend.what();
        this.supplier = spend.supplier();
        this.amountPence = spend.amount().pence();
        this.outcomeId = spend.outcomeId();
        this.receiptFileId = receiptFileId;
        this.journalEntryId = journalEntryId;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** The line that undoes {@code original}, dated the day it is made. */
    public static Spend reversing(Spend original, LocalDate today, String reason, long journalEntryId, long recordedBy,
                                  Instant now) {
        Spend reversal = new Spend();
        reversal.isfId = original.isfId;
        reversal.spentOn = today;
        reversal.what = "Correction: " + original.what;
        reversal.supplier = original.supplier;
        reversal.amountPence = -original.amountPence;
        reversal.outcomeId = original.outcomeId;
        reversal.journalEntryId = journalEntryId;
        reversal.reversesId = original.id;
        reversal.reversalReason = reason;
        reversal.recordedBy = recordedBy;
        reversal.recordedAt = now;
        return reversal;
    }

    public boolean isReversal() {
        return reversesId != null;
    }

    public Long id() {
        return id;
    }

    public long isfId() {
        return isfId;
    }

    public LocalDate spentOn() {
        return spentOn;
    }

    public String what() {
        return what;
    }

    public String supplier() {
        return supplier;
    }

    /** Positive for spending, negative for a correction that gives money back. */
    public Money amount() {
        return Money.ofPence(amountPence);
    }

    public long outcomeId() {
        return outcomeId;
    }

    public Long receiptFileId() {
        return receiptFileId;
    }

    public long journalEntryId() {
        return journalEntryId;
    }

    public Long reversesId() {
        return reversesId;
    }

    public String reversalReason() {
        return reversalReason;
    }
}
