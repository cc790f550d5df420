package care.circles.engagement.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import care.circles.payments.Money;
import care.circles.place.entity.Place;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * The stored form of {@link EngagementTerms}, shared by a request and the agreement made from
 * it. The weekly times and kinds of support live in each one's own tables.
 */
@MappedSuperclass
public abstract class TermsRecord {

    @Column(name = "dp_holder_account_id", nullable = false, updatable = false)
    protected long dpHolderAccountId;

    @Column(name = "pa_account_id", nullable = false, updatable = false)
    protected long paAccountId;

    @Column(name = "pa_profile_id", nullable = false, updatable = false)
    protected long paProfileId;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private String tasks;

    @Column(name = "hourly_rate_pence", nullable = false)
    private int hourlyRatePence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Arrangement arrangement;

    @Column(name = "notice_weeks", nullable = false)
    private int noticeWeeks;

    @Column(name = "created_at", nullable = false, updatable = false)
    protected Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    protected Instant updatedAt;

    protected abstract Collection<VisitTime> storedTimes();

    protected abstract Collection<String> storedSkills();

    protected final void write(EngagementTerms terms, Instant now) {
        placeId = terms.place().id();
        startDate = terms.startDate();
        tasks = terms.tasks();
        hourlyRatePence = Math.toIntExact(terms.hourlyRate().pence());
        arrangement = terms.arrangement();
        noticeWeeks = terms.noticeWeeks();
        storedTimes().clear();
        storedTimes().addAll(terms.schedule().times());
        storedSkills().clear();
        storedSkills().addAll(terms.skills());
        updatedAt = now;
    }

    /** The terms again, with the place they were written for. */
    public EngagementTerms terms(Place place) {
        return new EngagementTerms(schedule(), startDate, tasks, skills(), place, hourlyRate(), arrangement,
                noticeWeeks);
    }

    public boolean involves(long accountId) {
        return dpHolderAccountId == accountId || paAccountId == accountId;
    }

    public long dpHolderAccountId() {
        return dpHolderAccountId;
    }

    public long paAccountId() {
        return paAccountId;
    }

    public long paProfileId() {
        return paProfileId;
    }

    public long placeId() {
        return placeId;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public String tasks() {
        return tasks;
    }

    public Money hourlyRate() {
        return Money.ofPence(hourlyRatePence);
    }

    public Arrangement arrangement() {
        return arrangement;
    }

    public int noticeWeeks() {
        return noticeWeeks;
    }

    public VisitSchedule schedule() {
        return VisitSchedule.of(storedTimes());
    }

    public Set<String> skills() {
        return new TreeSet<>(storedSkills());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
