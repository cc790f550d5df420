package care.circles.seeds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import care.circles.db.SchemaMigration;

/**
 * Prepares a database for a demonstration: migrates the schema, brings the gazetteer up to
 * date (every run), and loads the demo marketplace once, into an empty {@code account} table.
 *
 * <pre>
 * DemoDataLoader &lt;jdbcUrl&gt; &lt;user&gt; &lt;password&gt; [--pas N] [--places-only]
 * </pre>
 *
 * {@code --pas N} sets how many PAs to invent besides the demo PA (default 300);
 * {@code --places-only} stops after the gazetteer. Exit codes: 0 done, 1 failed (nothing of
 * the demo data is left behind), 2 bad arguments.
 */
public final class DemoDataLoader {

    private static final String USAGE = """
            usage: DemoDataLoader <jdbcUrl> <user> <password> [--pas N] [--places-only]
              --pas N          how many PAs to invent besides the demo PA (default %d, at most %d)
              --places-only    only migrate the schema and bring the gazetteer up to date
            An empty password is given as "".""".formatted(
            DemoMarketplaceGenerator.DEFAULT_PERSONAL_ASSISTANTS, Options.MAX_PERSONAL_ASSISTANTS);

    record Options(String jdbcUrl, String user, String password, int personalAssistants, boolean placesOnly) {

        static final int MAX_PERSONAL_ASSISTANTS = 1_000_000;

        static Options parse(String... args) {
            if (args.length < 3) {
                throw new IllegalArgumentException("expected a JDBC URL, a user and a password");
            }
            int personalAssistants = DemoMarketplaceGenerator.DEFAULT_PERSONAL_ASSISTANTS;
            boolean placesOnly = false;
            for (int i = 3; i < args.length; i++) {
                switch (args[i]) {
                    case "--places-only" -> placesOnly = true;
                    case "--pas" -> {
                        if (++i == args.length) {
                            throw new IllegalArgumentException("--pas needs a number");
                        }
                        personalAssistants = count(args[i]);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(args[0], args[1], args[2], personalAssistants, placesOnly);
        }

        private static int count(String text) {
            try {
                int count = Integer.parseInt(text);
                if (count >= 0 && count <= MAX_PERSONAL_ASSISTANTS) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // reported below, with the range
            }
            throw new IllegalArgumentException("--pas takes a whole number from 0 to " + MAX_PERSONAL_ASSISTANTS
                    + ", got " + text);
        }
    }

    private DemoDataLoader() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        try {
            load(options);
        } catch (SQLException | RuntimeException e) {
            System.err.println("Loading failed, demo data left as it was: " + e);
            System.exit(1);
        }
    }

    static void load(Options options) throws SQLException {
        long started = System.nanoTime();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(options.jdbcUrl(), options.user(),
                options.password());
        int migrations = SchemaMigration.migrate(dataSource);
        System.out.println("Schema: " + migrations + " migration(s) applied");

        Gazetteer gazetteer = Gazetteer.dorset();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            inTransaction(connection, () -> GazetteerWriter.upsert(connection, gazetteer));
            System.out.printf("Gazetteer: %d places, %d postcode districts%n", gazetteer.places().size(),
                    gazetteer.places().stream().mapToInt(place -> place.postcodeDistricts().size()).sum());

            if (!options.placesOnly()) {
                if (hasAccounts(connection)) {
                    System.out.println("Demo data already present, nothing loaded");
                } else {
                    DemoMarketplace marketplace = new DemoMarketplaceGenerator(gazetteer,
                            DemoMarketplaceGenerator.DEFAULT_SEED).generate(options.personalAssistants(),
                            LocalDate.now(ZoneId.of("Europe/London")), bankHolidays(connection));
                    Function<String, String> passwordHashes = passwordHashes();
                    DemoMarketplaceWriter writer = new DemoMarketplaceWriter(connection, passwordHashes);
                    LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
                    DemoOrganisations.Facts organisations = DemoOrganisations.generate(marketplace.providers(),
                            gazetteer, today, DemoMarketplaceGenerator.DEFAULT_SEED);
                    inTransaction(connection, () -> {
                        writer.write(marketplace);
                        new DemoOrganisationsWriter(connection).write(organisations, marketplace.providers(), today);
                        new DemoEngagementWriter(connection, LocalDate.now(DemoEngagementWriter.UK),
                                java.time.Instant.now()).write();
                        DemoMoney.write(connection, java.time.Instant.now(), passwordHashes);
                        new DemoMarketHistory(connection, gazetteer, DemoMarketplaceGenerator.DEFAULT_SEED,
                                java.time.Instant.now(), today).write();
                    });
                    printSummary(marketplace);
                }
            }
        }
        System.out.printf("Done in %.1f s%n", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    /**
     * The demo accounts each get their own salt; the generated accounts share one hash,
     * because 210,000 PBKDF2 rounds for each of 100,000 PAs would take hours.
     */
    private static Function<String, String> passwordHashes() {
        Pbkdf2PasswordDigest digest = new Pbkdf2PasswordDigest();
        Map<String, String> own = new HashMap<>();
        DemoAccounts.ALL.forEach(email -> own.put(email, digest.hash(DemoAccounts.PASSWORD)));
        String shared = digest.hash(DemoAccounts.PASSWORD);
        return email -> own.getOrDefault(email, shared);
    }

    /** The bank holidays the schedules skip, as the schema lists them. */
    private static Set<LocalDate> bankHolidays(Connection connection) throws SQLException {
        Set<LocalDate> days = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT holiday_date FROM bank_holiday");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                days.add(rows.getObject(1, LocalDate.class));
            }
        }
        connection.commit();
        return days;
    }

    private static boolean hasAccounts(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM account LIMIT 1");
                ResultSet rows = statement.executeQuery()) {
            boolean found = rows.next();
            connection.commit();
            return found;
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection connection, Work work) throws SQLException {
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void printSummary(DemoMarketplace marketplace) {
        long published = marketplace.personalAssistants().stream()
                .filter(pa -> pa.status() == DemoPersonalAssistant.Status.PUBLISHED).count();
        System.out.printf("Demo data loaded: %d accounts, %d PA profiles (%d published), %d providers,"
                        + " %d hubs, %d spokes, %d schedules, %d bookings and waiting-list places%n",
                marketplace.accounts().size(), marketplace.personalAssistants().size(), published,
                marketplace.providers().size(), marketplace.dayOpportunities(DemoDayOpportunity.Kind.HUB).size(),
                marketplace.dayOpportunities(DemoDayOpportunity.Kind.SPOKE).size(), marketplace.schedules().size(),
                marketplace.bookings().size());
        System.out.println("Sign in as " + String.join(", ", DemoAccounts.ALL) + " with password "
                + DemoAccounts.PASSWORD);
    }
}
