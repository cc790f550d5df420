package care.circles.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one database. Address and credentials come from MicroProfile Config, so
 * {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} in the environment choose it at
 * start-up; defaults in microprofile-config.properties match {@code ./circles start}.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/circles",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40)
@ApplicationScoped
public class DatabaseConfiguration {
}
