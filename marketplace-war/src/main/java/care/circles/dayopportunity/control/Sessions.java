package care.circles.dayopportunity.control;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import care.circles.dayopportunity.entity.DaySession;
import care.circles.dayopportunity.entity.Outlook;
import care.circles.dayopportunity.entity.SessionKind;
import care.circles.dayopportunity.entity.SessionPlan;
import care.circles.dayopportunity.entity.SessionSeries;
import care.circles.platform.ListPage;
import care.circles.platform.Platform;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Sessions made from schedules, ahead of time up to a horizon ({@code SESSIONS_HORIZON_WEEKS},
 * 12 weeks by default), so each has its own row, places counter and bookings.
 */
@ApplicationScoped
public class Sessions {

    @PersistenceContext
    EntityManager em;

    @Inject
    BankHolidays bankHolidays;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "sessions.horizon-weeks", defaultValue = "12")
    int horizonWeeks;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Platform.UK));
    }

    /** Sessions are made up to this date. */
    public LocalDate horizon() {
        return today().plusWeeks(horizonWeeks);
    }

    /**
     * Makes the schedule's sessions from today to the horizon that do not exist yet.
     *
     * @return how many sessions were made
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int makeSessions(SessionSeries series) {
        LocalDate today = today();
        LocalDate horizon = horizon();
        Set<LocalDate> made = new HashSet<>(em.createNamedQuery(DaySession.DATES_OF_SERIES, LocalDate.class)
                .setParameter("series", series.id())
                .setParameter("from", today)
                .getResultList());
        int count = 0;
        for (LocalDate date : series.plan().datesBetween(today, horizon, bankHolidays.all())) {
            if (made.add(date)) {
                em.persist(new DaySession(series, date));
                count++;
            }
        }
        series.madeUntil(horizon);
        return count;
    }

    /** The schedules that have sessions still to make before the horizon. */
    public List<Long> seriesToExtend() {
        return em.createNamedQuery(SessionSeries.GOING_ON, SessionSeries.class)
                .setParameter("today", today())
                .setParameter("horizon", horizon())
                .getResultStream().map(SessionSeries::id).toList();
    }

    /** Makes one schedule's sessions as far as the horizon, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int extend(long seriesId) {
        SessionSeries series = em.find(SessionSeries.class, seriesId);
        return series == null ? 0 : makeSessions(series);
    }

    public Optional<DaySession> session(long id) {
        return Optional.ofNullable(em.find(DaySession.class, id));
    }

    /** Sessions not yet over, soonest first, cancelled ones included so people can see them. */
    public ListPage<DaySession> upcoming(long listingId, int page, int size) {
        Instant now = clock.instant();
        long total = em.createNamedQuery(DaySession.COUNT_UPCOMING, Long.class)
                .setParameter("listing", listingId).setParameter("now", now).getSingleResult();
        List<DaySession> items = em.createNamedQuery(DaySession.UPCOMING, DaySession.class)
                .setParameter("listing", listingId).setParameter("now", now)
                .setFirstResult(ListPage.offset(page, size)).setMaxResults(size)
                .getResultList();
        return new ListPage<>(items, total, page, size);
    }

    /** Sessions of the last four weeks, newest first: their registers may still need filling in. */
    public List<DaySession> recent(long listingId) {
        Instant now = clock.instant();
        return em.createNamedQuery(DaySession.RECENT, DaySession.class)
                .setParameter("listing", listingId).setParameter("now", now)
                .setParameter("since", now.minus(java.time.Duration.ofDays(28)))
                .setMaxResults(20)
                .getResultList();
    }

    /** The schedule's sessions from the given one on, for booking a series. */
    public List<DaySession> sessionsOfSeriesFrom(DaySession first) {
        return em.createNamedQuery(DaySession.OF_SERIES_FROM, DaySession.class)
                .setParameter("series", first.seriesId())
                .setParameter("from", first.startsAt())
                .getResultList();
    }

    public List<SessionSeries> schedulesOf(long listingId) {
        return em.createNamedQuery(SessionSeries.OF_LISTING, SessionSeries.class)
                .setParameter("listing", listingId).getResultList();
    }

    public Optional<SessionSeries> schedule(long seriesId) {
        return Optional.ofNullable(em.find(SessionSeries.class, seriesId));
    }

    /** What the listing's schedules offer between today and the horizon. */
    public Outlook outlook(long listingId) {
        return outlook(schedulesOf(listingId)).getOrDefault(listingId, Outlook.NOTHING);
    }

    /** The outlook of every listing that has schedules going on, for a full rebuild of the index. */
    public Map<Long, Outlook> outlooks() {
        return outlook(em.createNamedQuery(SessionSeries.CURRENT, SessionSeries.class)
                .setParameter("today", today()).getResultList());
    }

    private Map<Long, Outlook> outlook(List<SessionSeries> schedules) {
        LocalDate today = today();
        Set<LocalDate> holidays = bankHolidays.all();
        Map<Long, Outlook> outlooks = new HashMap<>();
        for (SessionSeries series : schedules) {
            Set<DayOfWeek> days = series.plan().datesBetween(today, horizon(), holidays).stream()
                    .map(LocalDate::getDayOfWeek).collect(Collectors.toSet());
            if (!days.isEmpty()) {
                outlooks.merge(series.dayOpportunityId(), new Outlook(days, series.kind() == SessionKind.CARERS_BREAK),
                        (had, more) -> had.with(more.days(), more.carersBreaks()));
            }
        }
        return outlooks;
    }

    /** Checks a plan's first dates exist at all: a schedule whose every date is skipped helps nobody. */
    public boolean hasDates(SessionPlan plan) {
        return !plan.datesBetween(plan.firstDate(), plan.firstDate().plusYears(1), bankHolidays.all()).isEmpty();
    }
}
