package care.circles.db;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Brings a database up to the newest schema. Forward-only: migrations are never edited
 * once released, a change is always a new file under {@code db/migration}.
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    /**
     * Applies every pending migration. Safe to call from several servers at once: Flyway
     * takes a lock in the database, so one applies and the others wait and find nothing to do.
     *
     * @return the number of migrations applied by this call
     */
    public static int migrate(DataSource dataSource) {
        return configure(dataSource).migrate().migrationsExecuted;
    }

    static Flyway configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }
}
