package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a generated marketplace into the database, inside the caller's transaction. Rows go
 * in JDBC batches, which the driver sends as multi-row INSERTs, so 100,000 PAs take seconds.
 * Writes nothing to {@code search_outbox}: the web app rebuilds its search index from the
 * tables themselves.
 */
final class DemoMarketplaceWriter {

    private static final int BATCH_SIZE = 1_000;

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private record SkillRow(long profileId, PaSkill skill) {
    }

    private final Connection connection;
    private final Function<String, String> passwordHashForEmail;

    /** @param passwordHashForEmail the stored hash for each account, by email */
    DemoMarketplaceWriter(Connection connection, Function<String, String> passwordHashForEmail) {
        this.connection = connection;
        this.passwordHashForEmail = passwordHashForEmail;
    }

    void write(DemoMarketplace marketplace) throws SQLException {
        Map<String, Long> placeIds = GazetteerWriter.placeIdsByName(connection);

        inBatches("INSERT INTO account (email, password_hash, role, created_at) VALUES (?, ?, ?, ?)",
                marketplace.accounts(), (statement, account) -> {
                    statement.setString(1, account.email());
                    statement.setString(2, passwordHashForEmail.apply(account.email()));
                    statement.setString(3, account.role().name());
                    setInstant(statement, 4, account.createdAt());
                });
        Map<String, Long> accountIds = idsByKey("SELECT email, id FROM account", String.class);
        // The demo council user can do everything: manage colleagues and read safeguarding concerns.
        for (String duty : List.of("ADMIN", "SAFEGUARDING")) {
            try (PreparedStatement grant = connection.prepareStatement("INSERT INTO council_duty (account_id, duty,"
                    + " granted_at) SELECT id, ?, created_at FROM account WHERE role = 'COUNCIL'")) {
                grant.setString(1, duty);
                grant.executeUpdate();
            }
        }

        inBatches("""
                INSERT INTO pa_profile (account_id, display_name, place_id, hourly_rate_pence, about_me, status,
                                        published_at, updated_at, gender, has_car, has_driving_licence, travel_km,
                                        hours_wanted, employment)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                marketplace.personalAssistants(), (statement, pa) -> {
                    statement.setLong(1, accountIds.get(pa.accountEmail()));
                    statement.setString(2, pa.displayName());
                    statement.setLong(3, placeId(placeIds, pa.placeName()));
                    statement.setInt(4, pa.hourlyRate().asInt());
                    statement.setString(5, pa.aboutMe());
                    statement.setString(6, pa.status().name());
                    setInstant(statement, 7, pa.publishedAt());
                    setInstant(statement, 8, pa.updatedAt());
                    DemoPaDetails details = pa.details();
                    statement.setString(9, details.gender());
                    statement.setBoolean(10, details.hasCar());
                    statement.setBoolean(11, details.hasDrivingLicence());
                    statement.setInt(12, details.travelKm());
                    statement.setObject(13, details.hoursWanted());
                    statement.setString(14, details.employment());
                });
        Map<Long, Long> profileIdsByAccount = idsByKey("SELECT account_id, id FROM pa_profile", Long.class);

        List<SkillRow> skills = new ArrayList<>(marketplace.personalAssistants().size() * 4);
        for (DemoPersonalAssistant pa : marketplace.personalAssistants()) {
            long profileId = profileIdsByAccount.get(accountIds.get(pa.accountEmail()));
            pa.skills().forEach(skill -> skills.add(new SkillRow(profileId, skill)));
        }
        inBatches("INSERT INTO pa_profile_skill (pa_profile_id, skill) VALUES (?, ?)", skills, (statement, row) -> {
            statement.setLong(1, row.profileId());
            statement.setString(2, row.skill().name());
        });
        List<CodeRow> languages = new ArrayList<>();
        List<CodeRow> availability = new ArrayList<>();
        for (DemoPersonalAssistant pa : marketplace.personalAssistants()) {
            long profileId = profileIdsByAccount.get(accountIds.get(pa.accountEmail()));
            pa.details().languages().forEach(code -> languages.add(new CodeRow(profileId, code)));
            pa.details().availability().forEach(code -> availability.add(new CodeRow(profileId, code)));
        }
        inBatches("INSERT INTO pa_profile_language (pa_profile_id, language) VALUES (?, ?)", languages,
                (statement, row) -> row.bind(statement));
        inBatches("INSERT INTO pa_availability (pa_profile_id, slot) VALUES (?, ?)", availability,
                (statement, row) -> row.bind(statement));

        Map<String, Long> providerIds = insertProviders(marketplace.providers(), accountIds, placeIds);
        new DemoDayOpportunityWriter(connection, accountIds, placeIds, providerIds)
                .write(marketplace);
    }

    /** One at a time, because provider names are not unique in the table and only the generated key is sure. */
    private Map<String, Long> insertProviders(List<DemoProvider> providers, Map<String, Long> accountIds,
            Map<String, Long> placeIds) throws SQLException {
        Map<String, Long> providerIds = new HashMap<>();
        String sql = "INSERT INTO provider (account_id, name, kind, place_id, description, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (DemoProvider provider : providers) {
                statement.setLong(1, accountIds.get(provider.ownerEmail()));
                statement.setString(2, provider.name());
                statement.setString(3, provider.kind().name());
                statement.setLong(4, placeId(placeIds, provider.placeName()));
                statement.setString(5, provider.description());
                setInstant(statement, 6, provider.createdAt());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    providerIds.put(provider.name(), keys.getLong(1));
                }
            }
        }
        return providerIds;
    }

    private <T> void inBatches(String sql, List<T> rows, RowBinder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH_SIZE) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    /** Reads a two-column query (key, id) into a map. */
    private <K> Map<K, Long> idsByKey(String sql, Class<K> keyType) throws SQLException {
        Map<K, Long> ids = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getObject(1, keyType), rows.getLong(2));
            }
        }
        return ids;
    }

    private static long placeId(Map<String, Long> placeIds, String placeName) {
        Long id = placeIds.get(placeName);
        if (id == null) {
            throw new IllegalStateException(placeName + " is not in the place table; load the gazetteer first");
        }
        return id;
    }

    /** DATETIME(6) columns hold UTC. */
    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    /** A profile id and one code, for the language and availability tables. */
    private record CodeRow(long profileId, String code) {
        void bind(PreparedStatement statement) throws SQLException {
            statement.setLong(1, profileId);
            statement.setString(2, code);
        }
    }
}
