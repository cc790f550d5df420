package care.circles.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import care.circles.db.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Brings the schema up to date before anything else touches the database. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        int applied = SchemaMigration.migrate(dataSource);
        LOG.info(() -> "Database schema is current (" + applied + " migrations applied now)");
    }
}
