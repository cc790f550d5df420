package care.circles.pa.entity;

import java.time.LocalDate;

import care.circles.platform.SpokenDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Days a PA is away from their usual week: a holiday, a course, another commitment. */
@Entity
@Table(name = "pa_time_away")
public class TimeAway {

    static final int MAX_NOTE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pa_profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    private String note;

    protected TimeAway() {
    }

    public TimeAway(long profileId, DateRange days, String note) {
        this.profileId = profileId;
        this.firstDay = days.first();
        this.lastDay = days.last();
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("The note must be " + MAX_NOTE + " characters or fewer");
        }
    }

    public Long getId() {
        return id;
    }

    public long profileId() {
        return profileId;
    }

    public DateRange days() {
        return new DateRange(firstDay, lastDay);
    }

    public String getNote() {
        return note;
    }

    public String getDescription() {
        String from = SpokenDate.of(firstDay);
        return firstDay.equals(lastDay) ? from : from + " to " + SpokenDate.of(lastDay);
    }

    public boolean isOver(LocalDate today) {
        return lastDay.isBefore(today);
    }
}
