package care.circles.visit.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.engagement.boundary.NamedParties;
import care.circles.engagement.entity.VisitTime;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import care.circles.visit.control.Visits;
import care.circles.visit.entity.Visit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A week of visits as a list per day (/engage/calendar.xhtml?week=2026-03-02), for the DP holder
 * and the PA alike: keyboard and screen-reader friendly, with links to the weeks either side.
 */
@Named
@RequestScoped
public class CalendarPage {

    /** A visit as the calendar lists it. */
    public record Entry(long id, String time, String with, String status, boolean cancelled) {
    }

    public record Day(String heading, String id, List<Entry> visits) {
    }

    @Inject
    Visits visits;

    @Inject
    CurrentAccount current;

    @Inject
    NamedParties parties;

    private String week;
    private LocalDate monday;
    private List<Day> days;

    public void load() {
        LocalDate chosen;
        try {
            chosen = week == null || week.isBlank() ? visits.today() : LocalDate.parse(week.strip());
        } catch (DateTimeParseException e) {
            chosen = visits.today();
        }
        monday = chosen.minusDays(chosen.getDayOfWeek().getValue() - 1L);
        Account me = current.require();
        List<Visit> found = visits.week(me, monday);
        days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<Entry> entries = found.stream().filter(v -> v.day().equals(date)).map(v -> new Entry(v.id(),
                    VisitTime.clock(v.startsAt().atZone(Platform.UK).toLocalTime()) + " to "
                            + VisitTime.clock(v.endsAt().atZone(Platform.UK).toLocalTime()),
                    parties.nameOf(me.id() == v.paAccountId() ? v.dpHolderAccountId() : v.paAccountId()),
                    v.status().getLabel(), v.status().name().equals("CANCELLED"))).toList();
            days.add(new Day(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + SpokenDate.of(date)
                    + (date.equals(visits.today()) ? " (today)" : ""), "day-" + date, entries));
        }
    }

    public List<Day> getDays() {
        return days;
    }

    public String getHeading() {
        return "Week of " + SpokenDate.of(monday);
    }

    public String getPrevious() {
        return monday.minusWeeks(1).toString();
    }

    public String getNext() {
        return monday.plusWeeks(1).toString();
    }

    public boolean isThisWeek() {
        return monday.getDayOfWeek() == DayOfWeek.MONDAY && !visits.today().isBefore(monday)
                && visits.today().isBefore(monday.plusWeeks(1));
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }
}
