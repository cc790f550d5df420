package care.circles.payments;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The library's side of the transaction contract described in the package documentation: it
 * works inside a transaction someone else owns. {@link #inLocalTransaction} is that someone for
 * callers without a container (batch jobs, scripts, tests).
 */
public final class Transactions {

    private Transactions() {
    }

    /** Work to do with a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in a new local transaction on a connection of its own: commits when it
     * returns, rolls back when it throws. Not for use inside a JTA transaction (the container
     * commits there).
     */
    public static <T> T inLocalTransaction(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Refuses a connection whose statements would commit one by one: a money operation writes
     * several rows that must commit together or not at all.
     *
     * @throws IllegalStateException when auto-commit is on
     */
    public static void requireTransaction(Connection connection) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("Payments need a connection inside a transaction (auto-commit off):"
                    + " call from a @Transactional bean or through Transactions.inLocalTransaction");
        }
    }
}
