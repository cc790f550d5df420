package care.circles.timesheet.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One visit on a timesheet, with what actually happened. */
@Entity
@Table(name = "timesheet_line")
@NamedQuery(name = TimesheetLine.OF, query = "SELECT l FROM TimesheetLine l WHERE l.timesheetId = :timesheet ORDER BY l.actualStart, l.visitId")
public class TimesheetLine {

    public static final String OF = "TimesheetLine.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "timesheet_id", nullable = false, updatable = false)
    private long timesheetId;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(nullable = false)
    private boolean happened;

    @Column(name = "actual_start")
    private Instant actualStart;

    @Column(name = "actual_end")
    private Instant actualEnd;

    private String note;

    protected TimesheetLine() {
    }

    public TimesheetLine(long timesheetId, ClaimedVisit claimed) {
        this.timesheetId = timesheetId;
        this.visitId = claimed.visitId();
        write(claimed);
    }

    public void write(ClaimedVisit claimed) {
        if (claimed.visitId() != visitId) {
            throw new IllegalArgumentException("A line is for one visit");
        }
        happened = claimed.happened();
        actualStart = claimed.start();
        actualEnd = claimed.end();
        note = claimed.note();
    }

    public Duration worked() {
        return happened ? Duration.between(actualStart, actualEnd) : Duration.ZERO;
    }

    public long visitId() {
        return visitId;
    }

    public boolean happened() {
        return happened;
    }

    public Instant actualStart() {
        return actualStart;
    }

    public Instant actualEnd() {
        return actualEnd;
    }

    public String note() {
        return note;
    }
}
