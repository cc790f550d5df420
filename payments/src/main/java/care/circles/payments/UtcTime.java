package care.circles.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the schema stores them: UTC in {@code DATETIME(6)} columns, the same way the
 * web application's converter does, whatever the server's or the JVM's time zone.
 */
public final class UtcTime {

    private UtcTime() {
    }

    /** The value to bind for an instant column. */
    public static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Reads an instant column; {@code null} stays {@code null}. */
    public static Instant read(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
