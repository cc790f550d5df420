package care.circles.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import care.circles.pa.control.PaSearchIndex;
import care.circles.search.control.IndexDelivery;
import care.circles.search.control.SearchConnection;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Ready means the database answers, Elasticsearch is yellow or green, and the PA index exists. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    @Inject
    SearchConnection search;

    @Inject
    PaSearchIndex paIndex;

    @Inject
    IndexDelivery delivery;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("circles");
        boolean up = true;
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            health.withData("database", valid ? "UP" : "DOWN");
            up &= valid;
            health.withData("searchBacklog", delivery.backlog());
        } catch (SQLException e) {
            health.withData("database", "DOWN: " + e.getMessage());
            up = false;
        }
        try {
            String colour = search.cluster().healthStatus();
            boolean usable = "green".equals(colour) || "yellow".equals(colour);
            health.withData("elasticsearch", colour);
            up &= usable;
        } catch (Exception e) {
            health.withData("elasticsearch", "DOWN: " + e.getMessage());
            up = false;
        }
        health.withData("paIndex", paIndex.isReady() ? "UP" : "BUILDING");
        up &= paIndex.isReady();
        return health.status(up).build();
    }
}
