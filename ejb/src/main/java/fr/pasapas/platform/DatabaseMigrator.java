package fr.pasapas.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with Flyway during deployment, before any other start-up bean runs
 * and before the application serves a request. A failed migration stops the start-up.
 *
 * <p>Migrations common to every database live in {@code db/migration}; the few that must differ live in
 * {@code db/vendor/<database>} ({@code h2}, {@code mariadb}: the JDBC product name of the database the server
 * was started on), with versions of their own in the same sequence. (Not under {@code db/migration}: Flyway
 * scans a location's sub-folders too.)
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/PasAPasDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        String product = productName(dataSource);
        Flyway flyway = flyway(dataSource);
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database " + product + ": schema at version " + flyway.info().current().getVersion()
                + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    /** Pas-à-Pas's Flyway, on any data source: the one used at start-up, and by the schema tests. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendorFolder(productName(dataSource)))
                .failOnMissingLocations(true)
                .load();
    }

    /** "H2" -> h2, "MariaDB" -> mariadb; another database has no folder, and Flyway refuses to start. */
    static String vendorFolder(String productName) {
        return productName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
