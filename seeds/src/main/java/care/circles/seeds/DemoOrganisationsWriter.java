package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.circles.payments.Money;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.JournalEntry;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.LedgerAccount;
import care.circles.payments.ledger.NewEntry;
import care.circles.payments.ledger.Owner;

/**
 * Writes the organisations' details, their owners as members, accreditations with their
 * history, and the ISFs with their money in the real ledger, inside the caller's transaction.
 */
final class DemoOrganisationsWriter {

    /** The council the ISFs are funded by: the web app's default COUNCIL_NAME. */
    static final String COUNCIL_NAME = "Dorset Council";

    private final Connection connection;

    DemoOrganisationsWriter(Connection connection) {
        this.connection = connection;
    }

    void write(DemoOrganisations.Facts facts, List<DemoProvider> providers, LocalDate today) throws SQLException {
        Map<String, Long> placeIds = GazetteerWriter.placeIdsByName(connection);
        Map<String, Long> providerIds = ids("SELECT name, id FROM provider");
        Map<String, Long> accountIds = ids("SELECT email, id FROM account");
        long council = accountIds.get(DemoAccounts.COUNCIL);
        Map<String, Long> owners = new HashMap<>();
        for (DemoProvider provider : providers) {
            owners.put(provider.name(), accountIds.get(provider.ownerEmail()));
        }
        for (DemoOrganisations.Organisation o : facts.organisations()) {
            long id = providerIds.get(o.providerName());
            update("""
                    UPDATE provider SET organisation_type = ?, legal_name = ?, contact_email = ?, contact_phone = ?,
                        staff_count = ?, full_time_equivalent = ?, regulated_personal_care = ?, cqc_number = ?,
                        updated_at = created_at WHERE id = ?""",
                    o.type(), o.legalName(), o.contactEmail(), o.contactPhone(), o.staffCount(),
                    new java.math.BigDecimal(o.fullTimeEquivalent()), o.regulated(), o.cqcNumber(), id);
            update("INSERT INTO provider_member (provider_id, account_id, member_role, joined_at)"
                    + " SELECT id, account_id, 'OWNER', created_at FROM provider WHERE id = ?", id);
            for (String code : o.supports()) {
                update("INSERT INTO provider_support (provider_id, support_code) VALUES (?, ?)", id, code);
            }
            for (String code : o.activities()) {
                update("INSERT INTO provider_activity (provider_id, activity_code) VALUES (?, ?)", id, code);
            }
            for (String area : o.areas()) {
                update("INSERT INTO provider_area (provider_id, area_name, place_id) VALUES (?, ?, ?)", id, area,
                        placeIds.get(area));
            }
        }
        for (DemoOrganisations.Accreditation a : facts.accreditations()) {
            long owner = owners.get(a.providerName());
            long id = insert("""
                    INSERT INTO accreditation (provider_id, accreditation_kind, status, started_at, started_by, submitted_at,
                        decided_at, decided_by, conditions, valid_from, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    providerIds.get(a.providerName()), a.kind(), a.status(), a.startedAt(), owner, a.submittedAt(),
                    a.decidedAt(), a.decidedAt() == null ? null : council, a.conditions(), a.validFrom(), a.expiresOn());
            step(id, "STARTED", owner, null, a.startedAt());
            step(id, "SUBMITTED", owner, null, a.submittedAt());
            if (a.decidedAt() != null) {
                step(id, a.conditions() == null ? "ACCREDITED" : "ACCREDITED_WITH_CONDITIONS", council,
                        "From " + a.validFrom() + " until " + a.expiresOn()
                                + (a.conditions() == null ? "" : "; conditions: " + a.conditions().replace("\n", "; ")),
                        a.decidedAt());
            }
        }
        for (DemoOrganisations.Isf isf : facts.isfs()) {
            writeIsf(isf, providerIds.get(isf.holderName()), owners.get(isf.holderName()), council,
                    isf.personEmail() == null ? null : accountIds.get(isf.personEmail()), today);
        }
    }

    private void writeIsf(DemoOrganisations.Isf isf, long holder, long broker, long council, Long person, LocalDate today)
            throws SQLException {
        Instant created = isf.startDate().minusDays(10).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant confirmed = created.plusSeconds(86_400L * 3);
        long id = insert("""
                INSERT INTO isf (holder_provider_id, person_name, person_account_id, annual_budget_pence, start_date,
                    status, created_by, created_at, confirmed_by, confirmed_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)""",
                holder, isf.personName(), person, isf.budgetPence(), isf.startDate(), broker, created, council, confirmed);
        Ledger ledger = new Ledger(Clock.fixed(confirmed, ZoneOffset.UTC));
        LedgerAccount account = ledger.openAccount(connection, AccountKind.ISF, Owner.isf(id), "ISF for " + isf.personName());
        LedgerAccount funding = ledger.openAccount(connection, AccountKind.COUNCIL_FUNDING, Owner.council(COUNCIL_NAME),
                COUNCIL_NAME + " funding");
        ledger.post(connection, NewEntry.transfer("isf-funding:" + id, EntryReason.ISF_FUNDING,
                "Annual budget from " + COUNCIL_NAME, council, null, funding.id(), account.id(), Money.ofPence(isf.budgetPence())));
        update("UPDATE isf SET ledger_account_id = ? WHERE id = ?", account.id(), id);
        List<Long> outcomes = new ArrayList<>();
        for (int i = 0; i < isf.outcomes().size(); i++) {
            outcomes.add(insert("INSERT INTO isf_outcome (isf_id, position, words) VALUES (?, ?, ?)", id, i + 1,
                    isf.outcomes().get(i)));
        }
        int line = 0;
        for (DemoOrganisations.Spend spend : isf.spends()) {
            if (spend.spentOn().isAfter(today)) {
                continue;
            }
            Instant recorded = spend.spentOn().atTime(16, 0).toInstant(ZoneOffset.UTC);
            Ledger at = new Ledger(Clock.fixed(recorded, ZoneOffset.UTC));
            LedgerAccount paidOut = at.openAccount(connection, AccountKind.ISF_SPENDING, Owner.organisation(holder),
                    "Paid out of ISFs by organisation " + holder);
            JournalEntry entry = at.post(connection, NewEntry.transfer("isf-spend:" + id + ":demo-" + (++line),
                    EntryReason.ISF_SPEND, spend.what() + " (" + spend.supplier() + ")", broker, null, account.id(),
                    paidOut.id(), Money.ofPence(spend.pence())));
            update("""
                    INSERT INTO isf_spend (isf_id, spent_on, what, supplier, amount_pence, outcome_id, journal_entry_id,
                        recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, spend.spentOn(), spend.what(), spend.supplier(), spend.pence(), outcomes.get(spend.outcome()),
                    entry.id(), broker, recorded);
        }
        for (YearMonth month : isf.issuedMonths()) {
            long opening = month.equals(YearMonth.from(isf.startDate())) ? 0 : isf.budgetPence() - spentBefore(isf, month.atDay(1));
            long in = month.equals(YearMonth.from(isf.startDate())) ? isf.budgetPence() : 0;
            long spent = spentBefore(isf, month.plusMonths(1).atDay(1)) - spentBefore(isf, month.atDay(1));
            update("""
                    INSERT INTO isf_statement (isf_id, month_start, opening_pence, money_in_pence, spent_pence, closing_pence,
                        issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    id, month.atDay(1), opening, in, spent, opening + in - spent, broker,
                    month.plusMonths(1).atDay(5).atTime(11, 0).toInstant(ZoneOffset.UTC));
        }
    }

    private static long spentBefore(DemoOrganisations.Isf isf, LocalDate day) {
        return isf.spends().stream().filter(s -> s.spentOn().isBefore(day)).mapToLong(DemoOrganisations.Spend::pence).sum();
    }

    private void step(long accreditationId, String step, long actor, String message, Instant at) throws SQLException {
        update("INSERT INTO accreditation_step (accreditation_id, step, actor_account_id, message, occurred_at)"
                + " VALUES (?, ?, ?, ?, ?)", accreditationId, step, actor, message, at);
    }

    private Map<String, Long> ids(String sql) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        return ids;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            statement.executeUpdate();
        }
    }

    private long insert(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Instants go in as UTC DATETIME(6); nulls as SQL NULL. */
    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
