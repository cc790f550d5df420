package care.circles.payments.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import care.circles.payments.Transactions;

/**
 * One connection for many short transactions, as a connection pool would hand out: for tests
 * that run thousands of them, where opening a connection each time would dominate.
 */
final class OneConnection implements AutoCloseable {

    private final Connection connection;

    OneConnection() throws SQLException {
        connection = PaymentsDatabase.dataSource().getConnection();
        connection.setAutoCommit(false);
    }

    <T> T tx(Transactions.Work<T> work) throws SQLException {
        try {
            T result = work.apply(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        return tx(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
