package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Gives the council's market view something to show in a demonstration: a town recorded for
 * each demo direct payment and ISF, the council's verified photo ID and enhanced DBS checks for
 * about two in three generated PAs (never the demo sign-ins, whose journeys start unvetted), a
 * scatter of searches that found nothing near the smaller places, and the eleven months before
 * this one as the nightly snapshot would have kept them: supply growing toward today's figures,
 * rates creeping up, unmet need going up and down.
 */
final class DemoMarketHistory {

    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final int PAST_MONTHS = 11;
    private static final long BASE_RATE_PENCE = 1250;

    private final Connection connection;
    private final Gazetteer gazetteer;
    private final Random random;
    private final Instant now;
    private final LocalDate today;

    DemoMarketHistory(Connection connection, Gazetteer gazetteer, long seed, Instant now, LocalDate today) {
        this.connection = connection;
        this.gazetteer = gazetteer;
        this.random = new Random(seed);
        this.now = now;
        this.today = today;
    }

    /** Runs inside the caller's transaction. */
    void write() throws SQLException {
        Map<String, Long> ids = GazetteerWriter.placeIdsByName(connection);
        List<Long> placeIds = gazetteer.places().stream().map(p -> ids.get(p.name())).toList();
        execute("UPDATE direct_payment_holder SET place_id = ? WHERE direct_payment_account_id = ? AND place_id IS NULL",
                "SELECT direct_payment_account_id FROM direct_payment_holder", placeIds);
        execute("UPDATE isf SET place_id = ? WHERE id = ? AND place_id IS NULL", "SELECT id FROM isf", placeIds);
        long council = single("SELECT id FROM account WHERE email = 'council@demo.circles.test'");
        verifyGeneratedPas(council);
        searchesThatFoundNothing(ids);
        history(ids);
    }

    private void execute(String update, String select, List<Long> placeIds) throws SQLException {
        List<Long> rows = longs(select);
        try (PreparedStatement statement = connection.prepareStatement(update)) {
            for (long row : rows) {
                statement.setLong(1, placeIds.get(random.nextInt(placeIds.size())));
                statement.setLong(2, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void verifyGeneratedPas(long council) throws SQLException {
        // Generated PAs share the demo domain; only the named demo sign-in is left unvetted.
        List<Long> pas = longs("SELECT p.account_id FROM pa_profile p JOIN account a ON a.id = p.account_id"
                + " WHERE p.status = 'PUBLISHED' AND a.email <> '" + DemoAccounts.PERSONAL_ASSISTANT + "' ORDER BY p.account_id");
        try (PreparedStatement file = connection.prepareStatement("INSERT INTO stored_file (storage_name, owner_account_id,"
                + " original_name, content_type, size_bytes, sha256, uploaded_at) VALUES (?, ?, ?, 'application/pdf', 1, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS);
                PreparedStatement check = connection.prepareStatement("INSERT INTO vetting_check (pa_account_id, check_type,"
                        + " slot_number, status, evidence_file_id, issued_on, submitted_at, decided_at, decided_by)"
                        + " VALUES (?, ?, 1, 'VERIFIED', ?, ?, ?, ?, ?)")) {
            for (long pa : pas) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                LocalDateTime decided = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusDays(20 + random.nextInt(300));
                for (String type : new String[] {"IDENTITY", "ENHANCED_DBS"}) {
                    String name = String.format("%064x", (pa << 1) + (type.startsWith("I") ? 0 : 1));
                    file.setString(1, name);
                    file.setLong(2, pa);
                    file.setString(3, type.toLowerCase() + ".pdf");
                    file.setString(4, name);
                    file.setTimestamp(5, Timestamp.valueOf(decided.minusDays(2)));
                    file.executeUpdate();
                    long fileId;
                    try (ResultSet keys = file.getGeneratedKeys()) {
                        keys.next();
                        fileId = keys.getLong(1);
                    }
                    check.setLong(1, pa);
                    check.setString(2, type);
                    check.setLong(3, fileId);
                    check.setObject(4, decided.toLocalDate().minusDays(30));
                    check.setTimestamp(5, Timestamp.valueOf(decided.minusDays(2)));
                    check.setTimestamp(6, Timestamp.valueOf(decided));
                    check.setLong(7, council);
                    check.addBatch();
                }
            }
            check.executeBatch();
        }
    }

    private void searchesThatFoundNothing(Map<String, Long> ids) throws SQLException {
        try (PreparedStatement miss = connection.prepareStatement("INSERT INTO market_search_miss (month_start, place_id,"
                + " search_kind, searches) VALUES (?, ?, ?, ?)")) {
            for (int back = 0; back <= PAST_MONTHS; back++) {
                for (Place place : gazetteer.places()) {
                    int searches = place.postcodeDistricts().isEmpty() ? random.nextInt(4) : random.nextInt(2);
                    String kind = random.nextBoolean() ? "PA" : "DAY_OPPORTUNITY";
                    if (searches > 0) {
                        miss.setObject(1, today.withDayOfMonth(1).minusMonths(back));
                        miss.setLong(2, ids.get(place.name()));
                        miss.setString(3, kind);
                        miss.setInt(4, searches);
                        miss.addBatch();
                    }
                }
            }
            miss.executeBatch();
        }
    }

    /** The months before this one, for each town (its locality) and the county (0). */
    private void history(Map<String, Long> ids) throws SQLException {
        Map<Long, Long> townOf = townOfEachPlace(ids);
        Map<Long, Map<String, Long>> now = new TreeMap<>();
        count(now, townOf, "DP_HOLDERS", "SELECT place_id, COUNT(*) FROM direct_payment_holder GROUP BY place_id");
        count(now, townOf, "ISFS", "SELECT place_id, COUNT(*) FROM isf WHERE status = 'ACTIVE' GROUP BY place_id");
        count(now, townOf, "VERIFIED_PAS", "SELECT p.place_id, COUNT(DISTINCT p.id) FROM pa_profile p"
                + " JOIN vetting_check c ON c.pa_account_id = p.account_id AND c.check_type = 'ENHANCED_DBS'"
                + " WHERE p.status = 'PUBLISHED' GROUP BY p.place_id");
        count(now, townOf, "ACCREDITED_PROVIDERS", "SELECT place_id, COUNT(*) FROM provider GROUP BY place_id");
        count(now, townOf, "DAY_PLACES", "SELECT place_id, SUM(capacity) FROM day_opportunity GROUP BY place_id");
        Map<Long, List<Long>> rates = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT p.place_id, p.hourly_rate_pence FROM pa_profile p"
                + " JOIN vetting_check c ON c.pa_account_id = p.account_id AND c.check_type = 'ENHANCED_DBS'"
                + " WHERE p.status = 'PUBLISHED'");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long town = townOf.get(rows.getLong(1));
                rates.computeIfAbsent(town, t -> new ArrayList<>()).add(rows.getLong(2));
                rates.computeIfAbsent(0L, t -> new ArrayList<>()).add(rows.getLong(2));
            }
        }
        try (PreparedStatement snapshot = connection.prepareStatement("INSERT INTO market_snapshot (month_start,"
                + " locality_place_id, measure, value, taken_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int back = 1; back <= PAST_MONTHS; back++) {
                LocalDate month = today.withDayOfMonth(1).minusMonths(back);
                Timestamp taken = Timestamp.valueOf(month.plusMonths(1).minusDays(1).atTime(1, 40));
                // Supply grew by about a third over the year; a month further back had less of it.
                double then = 1 - 0.3 * back / PAST_MONTHS;
                for (Map.Entry<Long, Map<String, Long>> locality : now.entrySet()) {
                    Map<String, Long> figures = locality.getValue();
                    long pas = grown(figures.getOrDefault("VERIFIED_PAS", 0L), then);
                    Map<String, Long> values = new HashMap<>();
                    values.put("DP_HOLDERS", figures.getOrDefault("DP_HOLDERS", 0L));
                    values.put("ISFS", figures.getOrDefault("ISFS", 0L));
                    values.put("VERIFIED_PAS", pas);
                    values.put("PAS_WEEKDAY_DAYTIME", Math.round(pas * 0.8));
                    values.put("PAS_WEEKDAY_EVENINGS", Math.round(pas * 0.45));
                    values.put("PAS_WEEKENDS", Math.round(pas * 0.5));
                    values.put("PAS_NIGHTS", Math.round(pas * 0.1));
                    values.put("ACCREDITED_PROVIDERS", grown(figures.getOrDefault("ACCREDITED_PROVIDERS", 0L), then));
                    values.put("DAY_PLACES", grown(figures.getOrDefault("DAY_PLACES", 0L), then));
                    values.put("STALE_ADVERTS", (long) random.nextInt(locality.getKey() == 0 ? 12 : 3));
                    values.put("SEARCHES_NOTHING_NEARBY", (long) random.nextInt(locality.getKey() == 0 ? 60 : 9));
                    Long median = median(rates.getOrDefault(locality.getKey(), List.of()));
                    values.put("MEDIAN_PA_RATE", median == null ? null : median - 4L * back);
                    values.put("RATE_ABOVE_BASE", median == null ? null : median - 4L * back - BASE_RATE_PENCE);
                    for (Map.Entry<String, Long> value : values.entrySet()) {
                        snapshot.setObject(1, month);
                        snapshot.setLong(2, locality.getKey());
                        snapshot.setString(3, value.getKey());
                        snapshot.setObject(4, value.getValue());
                        snapshot.setTimestamp(5, taken);
                        snapshot.addBatch();
                    }
                }
            }
            snapshot.executeBatch();
        }
    }

    private long grown(long today, double share) {
        return Math.max(0, Math.round(today * share + random.nextGaussian() * Math.sqrt(today) * 0.3));
    }

    private static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private void count(Map<Long, Map<String, Long>> into, Map<Long, Long> townOf, String measure, String sql)
            throws SQLException {
        townOf.values().forEach(town -> into.computeIfAbsent(town, t -> new HashMap<>()));
        into.computeIfAbsent(0L, t -> new HashMap<>());
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                if (rows.getObject(1) == null) {
                    continue;
                }
                Long town = townOf.get(rows.getLong(1));
                if (town != null) {
                    into.get(town).merge(measure, rows.getLong(2), Long::sum);
                    into.get(0L).merge(measure, rows.getLong(2), Long::sum);
                }
            }
        }
    }

    /** As the market view assigns them: a place with a postcode district is a town; others join the nearest. */
    private Map<Long, Long> townOfEachPlace(Map<String, Long> ids) {
        List<Place> towns = gazetteer.places().stream().filter(p -> !p.postcodeDistricts().isEmpty()).toList();
        Map<Long, Long> townOf = new HashMap<>();
        for (Place place : gazetteer.places()) {
            Place nearest = towns.stream().min((a, b) -> Double.compare(km(a, place), km(b, place))).orElse(place);
            townOf.put(ids.get(place.name()), ids.get(nearest.name()));
        }
        return townOf;
    }

    private static double km(Place a, Place b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    private long single(String sql) throws SQLException {
        return longs(sql).get(0);
    }
}
