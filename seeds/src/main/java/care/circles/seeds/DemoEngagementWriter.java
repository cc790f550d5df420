package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo DP holder's arrangements with the demo PA, Jo D.: an agreement with a visit every
 * morning (some last week, some this week, the rest of the calendar weeks ahead), a timesheet
 * for two of last week's visits waiting for approval, and a new request waiting for Jo's
 * answer. Unlike the rest of the demo data these are dated from the day they are loaded, so
 * "this week" always has visits in it.
 */
final class DemoEngagementWriter {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final LocalTime VISIT_START = LocalTime.of(9, 0);
    static final LocalTime VISIT_END = LocalTime.of(10, 30);
    static final int WEEKS_AHEAD = 8;
    static final List<String> AGREED_SUPPORT = List.of("MEALS", "COMPANIONSHIP");

    private final Connection connection;
    private final LocalDate today;
    private final Instant now;

    DemoEngagementWriter(Connection connection, LocalDate today, Instant now) {
        this.connection = connection;
        this.today = today;
        this.now = now;
    }

    void write() throws SQLException {
        long holder = id("SELECT id FROM account WHERE email = ?", DemoAccounts.DP_HOLDER);
        long pa = id("SELECT id FROM account WHERE email = ?", DemoAccounts.PERSONAL_ASSISTANT);
        long profile = id("SELECT id FROM pa_profile WHERE account_id = ?", pa);
        int rate = (int) id("SELECT hourly_rate_pence FROM pa_profile WHERE id = ?", profile);
        long dorchester = id("SELECT id FROM place WHERE name = ?", "Dorchester");
        LocalDate lastMonday = today.minusDays(today.getDayOfWeek().getValue() - 1L).minusWeeks(1);
        Instant agreed = lastMonday.minusDays(10).atTime(12, 0).atZone(UK).toInstant();

        long accepted = insert("""
                INSERT INTO engagement_request (dp_holder_account_id, pa_account_id, pa_profile_id, status, place_id,
                    start_date, tasks, hourly_rate_pence, arrangement, notice_weeks, created_at, updated_at)
                VALUES (?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, 'SELF_EMPLOYED', 4, ?, ?)""",
                holder, pa, profile, dorchester, lastMonday, "Breakfast, getting ready for the day and a chat", rate,
                agreed.minus(Duration.ofDays(2)), agreed);
        for (DayOfWeek day : DayOfWeek.values()) {
            insert("INSERT INTO engagement_request_time (engagement_request_id, day_of_week, starts_at, ends_at)"
                    + " VALUES (?, ?, ?, ?)", accepted, day.name(), VISIT_START, VISIT_END);
        }
        LocalDate plannedUntil = today.plusWeeks(WEEKS_AHEAD);
        long agreement = insert("""
                INSERT INTO agreement (engagement_request_id, dp_holder_account_id, pa_account_id, pa_profile_id,
                    arrangement, one_off, status, place_id, start_date, tasks, hourly_rate_pence, notice_weeks,
                    planned_until, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'SELF_EMPLOYED', FALSE, 'ACTIVE', ?, ?, ?, ?, 4, ?, ?, ?)""",
                accepted, holder, pa, profile, dorchester, lastMonday, "Breakfast, getting ready for the day and a chat",
                rate, plannedUntil, agreed, agreed);
        for (DayOfWeek day : DayOfWeek.values()) {
            insert("INSERT INTO agreement_time (agreement_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                    agreement, day.name(), VISIT_START, VISIT_END);
        }
        for (String skill : AGREED_SUPPORT) {
            insert("INSERT INTO engagement_request_skill (engagement_request_id, skill) VALUES (?, ?)", accepted, skill);
            insert("INSERT INTO agreement_skill (agreement_id, skill) VALUES (?, ?)", agreement, skill);
        }
        audit(holder, "REQUEST_SENT", "engagement_request", accepted, agreed.minus(Duration.ofDays(2)));
        audit(pa, "REQUEST_ACCEPTED", "engagement_request", accepted, agreed);
        audit(pa, "AGREEMENT_MADE", "agreement", agreement, agreed);

        List<Long> claimed = new ArrayList<>();
        for (LocalDate day = lastMonday; !day.isAfter(plannedUntil); day = day.plusDays(1)) {
            boolean onTimesheet = day.equals(lastMonday) || day.equals(lastMonday.plusDays(1));
            long visit = insert("INSERT INTO visit (agreement_id, dp_holder_account_id, pa_account_id, starts_at, ends_at,"
                            + " status) VALUES (?, ?, ?, ?, ?, ?)", agreement, holder, pa,
                    day.atTime(VISIT_START).atZone(UK).toInstant(), day.atTime(VISIT_END).atZone(UK).toInstant(),
                    onTimesheet ? "CLAIMED" : "PLANNED");
            if (onTimesheet) {
                claimed.add(visit);
            }
        }
        long minutes = claimed.size() * Duration.between(VISIT_START, VISIT_END).toMinutes();
        Instant sent = now.minus(Duration.ofHours(1));
        long timesheet = insert("""
                INSERT INTO timesheet (agreement_id, dp_holder_account_id, pa_account_id, status, note, submitted_at,
                    amount_pence, created_at)
                VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?)""",
                agreement, holder, pa, "Both mornings as usual.", sent, (minutes * rate + 30) / 60, sent);
        for (long visit : claimed) {
            LocalDate day = lastMonday.plusDays(claimed.indexOf(visit));
            insert("INSERT INTO timesheet_line (timesheet_id, visit_id, happened, actual_start, actual_end) VALUES (?, ?, TRUE, ?, ?)",
                    timesheet, visit, day.atTime(VISIT_START).atZone(UK).toInstant(), day.atTime(VISIT_END).atZone(UK).toInstant());
        }
        audit(pa, "TIMESHEET_SUBMITTED", "timesheet", timesheet, sent);

        writeEarlierCoverAndReview(pa, profile, rate, dorchester);

        LocalDate firstSaturday = today.plusWeeks(2).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        long pending = insert("""
                INSERT INTO engagement_request (dp_holder_account_id, pa_account_id, pa_profile_id, status, place_id,
                    start_date, tasks, hourly_rate_pence, arrangement, notice_weeks, created_at, updated_at)
                VALUES (?, ?, ?, 'SENT', ?, ?, ?, ?, 'SELF_EMPLOYED', 2, ?, ?)""",
                holder, pa, profile, dorchester, firstSaturday, "A trip to Dorchester market and lunch out", rate, now, now);
        insert("INSERT INTO engagement_request_time (engagement_request_id, day_of_week, starts_at, ends_at)"
                + " VALUES (?, 'SATURDAY', ?, ?)", pending, LocalTime.of(10, 0), LocalTime.of(13, 0));
        insert("INSERT INTO engagement_request_skill (engagement_request_id, skill) VALUES (?, 'OUT_AND_ABOUT')", pending);
        audit(holder, "REQUEST_SENT", "engagement_request", pending, now);

        writeCoverAskedOfJo(pa, dorchester);
    }

    /**
     * Another person's PA cannot come tomorrow afternoon and said so at short notice; that person
     * asked Jo D. to cover, so Jo's care arrangements list a cover request to answer.
     */
    private void writeCoverAskedOfJo(long jo, long dorchester) throws SQLException {
        long holder = id("SELECT id FROM account WHERE email = ?", "person01" + DemoAccounts.DOMAIN);
        long usualPa = id("SELECT a.id FROM account a JOIN pa_profile p ON p.account_id = a.id WHERE p.place_id = ?"
                + " AND a.id <> " + jo + " ORDER BY a.id LIMIT 1", dorchester);
        long usualProfile = id("SELECT id FROM pa_profile WHERE account_id = ?", usualPa);
        int rate = (int) id("SELECT hourly_rate_pence FROM pa_profile WHERE id = ?", usualProfile);
        LocalDate tomorrow = today.plusDays(1);
        LocalDate started = today.minusWeeks(4);
        LocalTime from = LocalTime.of(14, 0);
        LocalTime to = LocalTime.of(16, 0);
        String tasks = "An afternoon walk and help with the shopping";
        Instant agreed = now.minus(Duration.ofDays(30));

        long request = insert("""
                INSERT INTO engagement_request (dp_holder_account_id, pa_account_id, pa_profile_id, status, place_id,
                    start_date, tasks, hourly_rate_pence, arrangement, notice_weeks, created_at, updated_at)
                VALUES (?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, 'SELF_EMPLOYED', 2, ?, ?)""",
                holder, usualPa, usualProfile, dorchester, started, tasks, rate, agreed, agreed);
        insert("INSERT INTO engagement_request_time (engagement_request_id, day_of_week, starts_at, ends_at)"
                + " VALUES (?, ?, ?, ?)", request, tomorrow.getDayOfWeek().name(), from, to);
        long agreement = insert("""
                INSERT INTO agreement (engagement_request_id, dp_holder_account_id, pa_account_id, pa_profile_id,
                    arrangement, one_off, status, place_id, start_date, tasks, hourly_rate_pence, notice_weeks,
                    planned_until, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'SELF_EMPLOYED', FALSE, 'ACTIVE', ?, ?, ?, ?, 2, ?, ?, ?)""",
                request, holder, usualPa, usualProfile, dorchester, started, tasks, rate, tomorrow, agreed, agreed);
        insert("INSERT INTO agreement_time (agreement_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                agreement, tomorrow.getDayOfWeek().name(), from, to);
        for (String skill : List.of("COMPANIONSHIP", "OUT_AND_ABOUT")) {
            insert("INSERT INTO engagement_request_skill (engagement_request_id, skill) VALUES (?, ?)", request, skill);
            insert("INSERT INTO agreement_skill (agreement_id, skill) VALUES (?, ?)", agreement, skill);
        }
        audit(usualPa, "AGREEMENT_MADE", "agreement", agreement, agreed);

        Instant cancelled = now.minus(Duration.ofHours(2));
        long visit = insert("""
                INSERT INTO visit (agreement_id, dp_holder_account_id, pa_account_id, starts_at, ends_at, status,
                    cancelled_at, cancelled_by, cancel_reason, short_notice)
                VALUES (?, ?, ?, ?, ?, 'CANCELLED', ?, ?, ?, TRUE)""",
                agreement, holder, usualPa, tomorrow.atTime(from).atZone(UK).toInstant(),
                tomorrow.atTime(to).atZone(UK).toInstant(), cancelled, usualPa, "My car has broken down");
        audit(usualPa, "VISIT_CANCELLED", "visit", visit, cancelled);
        Instant asked = now.minus(Duration.ofHours(1));
        long cover = insert("INSERT INTO cover_request (visit_id, dp_holder_account_id, status, created_at)"
                + " VALUES (?, ?, 'OPEN', ?)", visit, holder, asked);
        insert("INSERT INTO cover_ask (cover_request_id, pa_account_id, asked_at) VALUES (?, ?, ?)", cover, jo, asked);
        audit(holder, "COVER_ASKED", "cover_request", cover, asked);
    }

    /**
     * Another demo person had one morning of cover from Jo D. a month ago, approved the timesheet,
     * and reviewed Jo, who replied: the profile shows a review as soon as the demo starts.
     */
    private void writeEarlierCoverAndReview(long pa, long profile, int rate, long place) throws SQLException {
        long person = id("SELECT id FROM account WHERE email = ?", String.format("person01%s", DemoAccounts.DOMAIN));
        LocalDate day = today.minusWeeks(4);
        Instant agreed = day.minusDays(3).atTime(12, 0).atZone(UK).toInstant();
        long agreement = insert("""
                INSERT INTO agreement (engagement_request_id, dp_holder_account_id, pa_account_id, pa_profile_id,
                    arrangement, one_off, status, place_id, start_date, ends_on, tasks, hourly_rate_pence, notice_weeks,
                    planned_until, created_at, updated_at)
                VALUES (NULL, ?, ?, ?, 'SELF_EMPLOYED', TRUE, 'ENDED', ?, ?, ?, ?, ?, 1, ?, ?, ?)""",
                person, pa, profile, place, day, day, "Cover for a morning: breakfast and a walk", rate, day, agreed, agreed);
        insert("INSERT INTO agreement_time (agreement_id, day_of_week, starts_at, ends_at) VALUES (?, ?, ?, ?)",
                agreement, day.getDayOfWeek().name(), VISIT_START, VISIT_END);
        insert("INSERT INTO agreement_skill (agreement_id, skill) VALUES (?, 'COMPANIONSHIP')", agreement);
        Instant start = day.atTime(VISIT_START).atZone(UK).toInstant();
        Instant end = day.atTime(VISIT_END).atZone(UK).toInstant();
        long visit = insert("INSERT INTO visit (agreement_id, dp_holder_account_id, pa_account_id, starts_at, ends_at,"
                + " status) VALUES (?, ?, ?, ?, ?, 'CLAIMED')", agreement, person, pa, start, end);
        Instant sent = end.plus(Duration.ofHours(2));
        Instant approved = sent.plus(Duration.ofDays(1));
        long minutes = Duration.between(VISIT_START, VISIT_END).toMinutes();
        long timesheet = insert("""
                INSERT INTO timesheet (agreement_id, dp_holder_account_id, pa_account_id, status, note, submitted_at,
                    decided_at, amount_pence, created_at)
                VALUES (?, ?, ?, 'APPROVED', NULL, ?, ?, ?, ?)""",
                agreement, person, pa, sent, approved, (minutes * rate + 30) / 60, sent);
        insert("INSERT INTO timesheet_line (timesheet_id, visit_id, happened, actual_start, actual_end) VALUES (?, ?, TRUE, ?, ?)",
                timesheet, visit, start, end);
        audit(pa, "AGREEMENT_MADE", "agreement", agreement, agreed);
        audit(pa, "TIMESHEET_SUBMITTED", "timesheet", timesheet, sent);
        audit(person, "TIMESHEET_APPROVED", "timesheet", timesheet, approved);
        Instant reviewed = approved.plus(Duration.ofDays(2));
        insert("""
                INSERT INTO pa_review (pa_account_id, author_account_id, author_place_id, rating, words, created_at,
                    reply_words, replied_at)
                VALUES (?, ?, ?, 5, ?, ?, ?, ?)""", pa, person, place,
                "Jo covered at short notice and was lovely. We had breakfast, then a slow walk by the river."
                        + " Jo read my notes first and knew how I like my tea.", reviewed,
                "Thank you, it was a pleasure. I hope the walks by the river carry on.", reviewed.plus(Duration.ofHours(5)));
    }

    private void audit(long actor, String action, String subject, long subjectId, Instant at) throws SQLException {
        insert("INSERT INTO audit_event (occurred_at, actor_account_id, action, subject_type, subject_id) VALUES (?, ?, ?, ?, ?)",
                at, actor, action, subject, subjectId);
    }

    private long id(String sql, Object key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Demo data is missing: " + sql + " with " + key);
                }
                return row.getLong(1);
            }
        }
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, values);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    /** Instants go in as UTC DATETIME(6), as the application stores them. */
    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
