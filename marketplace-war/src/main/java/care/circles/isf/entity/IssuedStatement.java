package care.circles.isf.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import care.circles.payments.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A monthly statement as issued: its figures stay as they were sent. */
@Entity
@Table(name = "isf_statement")
@NamedQuery(name = IssuedStatement.OF_ISF, query = "SELECT s FROM IssuedStatement s WHERE s.isfId = :isf ORDER BY s.monthStart DESC")
public class IssuedStatement {

    public static final String OF_ISF = "IssuedStatement.ofIsf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "isf_id", nullable = false, updatable = false)
    private long isfId;

    @Column(name = "month_start", nullable = false, updatable = false)
    private LocalDate monthStart;

    @Column(name = "opening_pence", nullable = false, updatable = false)
    private long openingPence;

    @Column(name = "money_in_pence", nullable = false, updatable = false)
    private long moneyInPence;

    @Column(name = "spent_pence", nullable = false, updatable = false)
    private long spentPence;

    @Column(name = "closing_pence", nullable = false, updatable = false)
    private long closingPence;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private long issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected IssuedStatement() {
    }

    public IssuedStatement(long isfId, StatementFigures figures, long issuedBy, Instant now) {
        this.isfId = isfId;
        this.monthStart = figures.month().atDay(1);
        this.openingPence = figures.opening().pence();
        this.moneyInPence = figures.moneyIn().pence();
        this.spentPence = figures.spent().pence();
        this.closingPence = figures.closing().pence();
        this.issuedBy = issuedBy;
        this.issuedAt = now;
    }

    public Long id() {
        return id;
    }

    public long isfId() {
        return isfId;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public Money opening() {
        return Money.ofPence(openingPence);
    }

    public Money moneyIn() {
        return Money.ofPence(moneyInPence);
    }

    public Money spent() {
        return Money.ofPence(spentPence);
    }

    public Money closing() {
        return Money.ofPence(closingPence);
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
