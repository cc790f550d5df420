package care.circles.payments.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.mysql.cj.jdbc.MysqlDataSource;

import care.circles.db.SchemaMigration;
import care.circles.payments.Transactions;

/**
 * The real MariaDB the payments build starts for its integration tests, brought to the newest
 * schema once per test run. Tests share it, so each test makes its own people and accounts
 * with {@link #newId()}.
 */
final class PaymentsDatabase {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);
    private static DataSource dataSource;

    private PaymentsDatabase() {
    }

    static synchronized DataSource dataSource() {
        if (dataSource == null) {
            MysqlDataSource mysql = new MysqlDataSource();
            mysql.setURL(System.getProperty("it.db.url",
                    "jdbc:mysql://127.0.0.1:17306/circles_payments_it?sslMode=DISABLED&connectionTimeZone=UTC"));
            mysql.setUser("root");
            mysql.setPassword("");
            SchemaMigration.migrate(mysql);
            dataSource = mysql;
        }
        return dataSource;
    }

    /** An id no other test uses: for people, payees, councils. */
    static long newId() {
        return IDS.incrementAndGet();
    }

    /** Runs the work in its own committed transaction. */
    static <T> T inTransaction(Transactions.Work<T> work) throws SQLException {
        return Transactions.inLocalTransaction(dataSource(), work);
    }

    /** A count straight from the database, for checking what was (not) written. */
    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A statement straight on the database, outside the library (schema changes a test needs). */
    static void execute(String sql) throws SQLException {
        try (Connection connection = dataSource().getConnection();
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
