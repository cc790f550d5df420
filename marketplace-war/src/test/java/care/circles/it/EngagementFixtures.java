package care.circles.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.EmailAddress;
import care.circles.account.entity.NewPassword;
import care.circles.account.entity.Role;
import care.circles.engagement.control.EngagementRequests;
import care.circles.engagement.entity.Agreement;
import care.circles.engagement.entity.Arrangement;
import care.circles.engagement.entity.EngagementTerms;
import care.circles.engagement.entity.VisitSchedule;
import care.circles.pa.control.PaProfiles;
import care.circles.pa.entity.PaProfile;
import care.circles.pa.entity.ProfileAnswers;
import care.circles.pa.entity.ProfileDetails;
import care.circles.place.control.Gazetteer;
import care.circles.taxonomy.control.SupportTaxonomy;
import care.circles.timesheet.control.Timesheets;
import care.circles.timesheet.entity.ClaimedVisit;
import care.circles.timesheet.entity.Timesheet;
import care.circles.visit.control.Visits;
import care.circles.visit.entity.Visit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Deployed with tests that need care to have happened: accounts, a PA with a published profile,
 * an agreement between a DP holder and that PA, and a timesheet for a visit that is over, all made
 * through the real controls as the people would.
 */
@ApplicationScoped
public class EngagementFixtures {

    public static final String PASSWORD = "Correct-horse-battery";

    @Inject
    Accounts accounts;

    @Inject
    PaProfiles profiles;

    @Inject
    EngagementRequests requests;

    @Inject
    Visits visits;

    @Inject
    Timesheets timesheets;

    @Inject
    Gazetteer gazetteer;

    @Inject
    SupportTaxonomy taxonomy;

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    public Account account(Role role) {
        return accounts.register(EmailAddress.of(token() + "@example.test"), NewPassword.of(PASSWORD, PASSWORD), role);
    }

    public Account council() {
        return accounts.byEmail(EmailAddress.of("council@demo.circles.test")).orElseThrow();
    }

    /** A PA with a published profile offering meals, free every morning. */
    public Account pa(String town) {
        Account pa = account(Role.PA);
        List<String> mornings = Arrays.stream(DayOfWeek.values()).map(d -> d.name() + "_MORNING").toList();
        profiles.publish(pa, ProfileDetails.of(ProfileAnswers.essentials("Alex " + token(), town, "14.00",
                        "I help people at home.", Set.of("MEALS")).withAvailability(mornings),
                gazetteer::find, taxonomy.current()));
        return pa;
    }

    public PaProfile profileOf(Account pa) {
        return profiles.ownedBy(pa).orElseThrow();
    }

    /** The holder asks the PA for visits on Tuesdays and Fridays from next week in this town; the PA accepts. */
    public Agreement agreement(Account holder, Account pa, String town) {
        LocalDate start = visits.today().plusDays(7);
        Map<DayOfWeek, VisitSchedule.Typed> times = new EnumMap<>(DayOfWeek.class);
        times.put(DayOfWeek.TUESDAY, new VisitSchedule.Typed("9:00am", "11:00"));
        times.put(DayOfWeek.FRIDAY, new VisitSchedule.Typed("9:00am", "11:00"));
        EngagementTerms terms = EngagementTerms.of(new EngagementTerms.Typed(times, String.valueOf(start.getDayOfMonth()),
                        String.valueOf(start.getMonthValue()), String.valueOf(start.getYear()),
                        "Shopping and cooking lunch together", Set.of("MEALS"), town, "13.00",
                        Arrangement.SELF_EMPLOYED.name(), "4"),
                gazetteer.find(town).orElseThrow(), visits.today(), taxonomy.current());
        return requests.accept(pa, requests.send(holder, profileOf(pa).id(), terms, "no").id(), "no");
    }

    /** The PA claims the agreement's first visit, moved to earlier today so it is over; not yet approved. */
    public Timesheet submittedTimesheet(Agreement agreement) {
        Account pa = accounts.byId(agreement.paAccountId()).orElseThrow();
        Visit visit = firstVisit(agreement);
        moveToPast(visit);
        return timesheets.submit(pa, agreement.id(),
                List.of(ClaimedVisit.of(visit.id(), visit.day(), true, "9:00", "11:00", null)), null);
    }

    /** Care that happened and was signed off: a timesheet the holder approved. */
    public Timesheet approvedTimesheet(Agreement agreement) {
        Timesheet sent = submittedTimesheet(agreement);
        return timesheets.approve(accounts.byId(agreement.dpHolderAccountId()).orElseThrow(), sent.id());
    }

    private Visit firstVisit(Agreement agreement) {
        Account holder = accounts.byId(agreement.dpHolderAccountId()).orElseThrow();
        LocalDate monday = visits.today().minusDays(visits.today().getDayOfWeek().getValue() - 1L);
        List<Visit> found = new ArrayList<>();
        for (int week = 0; week < 4 && found.isEmpty(); week++) {
            visits.week(holder, monday.plusWeeks(week)).stream().filter(v -> v.agreementId() == agreement.id())
                    .forEach(found::add);
        }
        return found.get(0);
    }

    private void moveToPast(Visit visit) {
        Instant start = Instant.now().minus(Duration.ofHours(3)).minus(Duration.ofMinutes(visit.id() % 50));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE visit SET starts_at = ?, ends_at = ? WHERE id = ?")) {
            update.setObject(1, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
            update.setObject(2, LocalDateTime.ofInstant(start.plus(visit.length()), ZoneOffset.UTC));
            update.setLong(3, visit.id());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("visit " + visit.id() + " was not moved");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... parameters) {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    public List<List<Object>> rows(String sql, Object... parameters) {
        return CommittedRows.of(dataSource, sql, parameters);
    }

    public static String token() {
        return "rv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
