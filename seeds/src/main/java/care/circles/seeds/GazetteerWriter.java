package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings the {@code place} and {@code postcode_district} tables in line with a gazetteer:
 * new places and districts are added, known places (matched by name) take the file's
 * coordinates, and a district moves to the place the file gives it. Nothing is deleted,
 * because profiles and providers may point at a place the file no longer lists.
 * Running it twice changes nothing the second time.
 */
final class GazetteerWriter {

    private static final String UPSERT_PLACE = """
            INSERT INTO place (name, latitude, longitude) VALUES (?, ?, ?)
            ON DUPLICATE KEY UPDATE latitude = ?, longitude = ?""";
    private static final String UPSERT_DISTRICT = """
            INSERT INTO postcode_district (code, place_id) VALUES (?, ?)
            ON DUPLICATE KEY UPDATE place_id = ?""";

    private GazetteerWriter() {
    }

    /** Runs inside the caller's transaction. */
    static void upsert(Connection connection, Gazetteer gazetteer) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_PLACE)) {
            for (Place place : gazetteer.places()) {
                statement.setString(1, place.name());
                statement.setDouble(2, place.latitude());
                statement.setDouble(3, place.longitude());
                statement.setDouble(4, place.latitude());
                statement.setDouble(5, place.longitude());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        Map<String, Long> placeIds = placeIdsByName(connection);
        try (PreparedStatement statement = connection.prepareStatement(UPSERT_DISTRICT)) {
            for (Place place : gazetteer.places()) {
                long placeId = placeIds.get(place.name());
                for (PostcodeDistrict district : place.postcodeDistricts()) {
                    statement.setString(1, district.code());
                    statement.setLong(2, placeId);
                    statement.setLong(3, placeId);
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }

    /** Keyed without regard to case, as the database's collation compares names. */
    static Map<String, Long> placeIdsByName(Connection connection) throws SQLException {
        Map<String, Long> ids = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, name FROM place");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString(2), rows.getLong(1));
            }
        }
        return ids;
    }
}
