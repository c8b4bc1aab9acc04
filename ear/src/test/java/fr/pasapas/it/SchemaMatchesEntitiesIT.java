package fr.pasapas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.pasapas.platform.DatabaseMigrator;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The JPA entities match the schema that Flyway builds, as Hibernate sees it ({@code validate}): a table, a
 * column or a type that a migration forgot shows here, not as an error page in front of a learner. Runs
 * outside the server on a fresh database: H2 in memory always, and a fresh MariaDB database beside the one of
 * {@code PASAPAS_DB_URL} when it is set (as {@code .ci/run} sets it). The persistence unit is the application's
 * own (META-INF/persistence.xml, entities found by scanning), so no table or column is listed here.
 */
class SchemaMatchesEntitiesIT {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private static final List<String> scratchDatabases = new ArrayList<>();

    @Test
    void the_entities_match_the_schema_migrated_on_h2() {
        DataSource h2 = freshH2();
        DatabaseMigrator.flyway(h2).migrate();
        validate(h2).close();
    }

    @Test
    void validation_fails_when_a_mapped_column_is_missing_or_of_another_type() throws SQLException {
        DataSource reference = freshH2();
        DatabaseMigrator.flyway(reference).migrate();
        String[] column;
        try (EntityManagerFactory emf = validate(reference)) {
            column = aMappedStringColumn(emf);
        }
        String table = column[0];
        String name = column[1];

        DataSource missing = freshH2();
        DatabaseMigrator.flyway(missing).migrate();
        execute(missing, "ALTER TABLE " + table + " ALTER COLUMN " + name + " RENAME TO " + name + "_gone");
        assertValidationFailsNaming(missing, name);

        DataSource wrongType = freshH2();
        DatabaseMigrator.flyway(wrongType).migrate();
        execute(wrongType, "ALTER TABLE " + table + " ALTER COLUMN " + name + " RENAME TO " + name + "_old");
        execute(wrongType, "ALTER TABLE " + table + " ADD COLUMN " + name + " INTEGER");
        assertValidationFailsNaming(wrongType, name);
    }

    @Test
    void the_entities_match_the_schema_migrated_on_mariadb() throws SQLException {
        DataSource mariadb = freshMariaDb(null);
        DatabaseMigrator.flyway(mariadb).migrate();
        validate(mariadb).close();
        assertEquals(List.of(), columnsOfType(mariadb, "timestamp").keySet().stream().toList(),
                "no TIMESTAMP column should be left on MariaDB (2038 limit, implicit ON UPDATE): V8 makes them DATETIME(3)");
    }

    /**
     * V8 turns TIMESTAMP(3) into DATETIME(3) on MariaDB. The values must read back as the same instants, even on
     * a server whose session time zone is not UTC: the rows are written before V8 as Hibernate writes an Instant
     * (a UTC calendar), in a +02:00 session.
     */
    @Test
    void timestamps_become_datetime_on_mariadb_and_keep_their_instants() throws SQLException {
        DataSource paris = freshMariaDb("sessionVariables=time_zone='+02:00'");
        assertEquals("+02:00", sessionTimeZone(paris), "the test's sessions should be at +02:00");
        Flyway flyway = DatabaseMigrator.flyway(paris);
        MigrationVersion v8 = MigrationVersion.fromVersion("8");
        MigrationVersion beforeV8 = java.util.Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(v8) < 0).max(Comparator.naturalOrder()).orElseThrow();
        Flyway.configure(DatabaseMigrator.class.getClassLoader()).configuration(flyway.getConfiguration())
                .target(beforeV8).load().migrate();

        Map<String, Integer> timestampsBefore = columnsOfType(paris, "timestamp");
        assertFalse(timestampsBefore.isEmpty(), "before V8 the instants are TIMESTAMP columns");
        List<Instant> instants = List.of(Instant.parse("2026-03-29T00:30:00.123Z"), Instant.parse("2026-10-25T00:59:59.999Z"),
                Instant.parse("2026-10-25T01:00:00.001Z"), Instant.parse("2037-12-31T23:59:59.500Z"),
                Instant.parse("2000-02-29T12:00:00Z"));
        for (Instant instant : instants) {
            insertOrganisation(paris, "v8-" + instant, instant);
        }

        flyway.migrate();

        Map<String, Integer> datetimesAfter = columnsOfType(paris, "datetime");
        for (String column : timestampsBefore.keySet()) {
            if (column.startsWith("group_assignment.")) {
                continue; // V16 moved its rows to assignment (DATETIME(3)) and dropped it
            }
            assertEquals(3, datetimesAfter.get(column), column + " should be DATETIME(3) after V8");
        }
        assertEquals(List.of(), columnsOfType(paris, "timestamp").keySet().stream().toList(), "no TIMESTAMP column after V8");
        for (Instant instant : instants) {
            assertEquals(instant, createdAt(paris, "v8-" + instant), "the instant read back after V8, +02:00 session");
            assertEquals(instant, createdAt(mariaDbOn(scratchDatabases.get(0), null), "v8-" + instant),
                    "the instant read back after V8, default session time zone");
        }
        Instant after2038 = Instant.parse("2040-06-01T08:15:30.250Z");
        insertOrganisation(paris, "after-2038", after2038);
        assertEquals(after2038, createdAt(paris, "after-2038"), "an instant after 2038 fits in DATETIME(3)");
    }

    @AfterAll
    static void dropScratchDatabases() throws SQLException {
        if (scratchDatabases.isEmpty()) {
            return;
        }
        try (Connection c = mariaDbOn(null, null).getConnection(); Statement s = c.createStatement()) {
            for (String database : scratchDatabases) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            }
        }
    }

    // --- the application's persistence unit, validating ---

    private static EntityManagerFactory validate(DataSource dataSource) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        settings.put("jakarta.persistence.nonJtaDataSource", dataSource);
        settings.put("jakarta.persistence.jtaDataSource", dataSource);
        settings.put("jakarta.persistence.schema-generation.database.action", "validate");
        settings.put("hibernate.hbm2ddl.auto", "validate");
        return Persistence.createEntityManagerFactory("pasapas", settings);
    }

    private static void assertValidationFailsNaming(DataSource dataSource, String column) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> validate(dataSource).close(),
                "validation should fail when column " + column + " is missing or of another type");
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        assertTrue(messages.toString().contains(column), "the failure should name the column " + column + ":\n" + messages);
    }

    /** A String attribute mapped to one column, found in the mapping: {table, column}. */
    private static String[] aMappedStringColumn(EntityManagerFactory emf) {
        TreeMap<String, String[]> candidates = new TreeMap<>();
        emf.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(persister -> {
            if (persister instanceof AbstractEntityPersister p) {
                String[] names = p.getPropertyNames();
                for (int i = 0; i < names.length; i++) {
                    String[] columns = p.getPropertyColumnNames(i);
                    if (columns.length == 1 && p.getPropertyTypes()[i].getReturnedClass() == String.class) {
                        candidates.put(p.getEntityName() + "." + names[i], new String[] {p.getTableName(), columns[0]});
                    }
                }
            }
        });
        assertFalse(candidates.isEmpty(), "the entities should map some String column");
        return candidates.firstEntry().getValue();
    }

    // --- databases ---

    private static DataSource freshH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("sa");
        return h2;
    }

    /** A new, empty database beside PASAPAS_DB_URL's ({@code <name>_schema}, which .ci/run lets its user create). */
    private static DataSource freshMariaDb(String options) throws SQLException {
        assumeTrue(System.getenv("PASAPAS_DB_URL") != null, "MariaDB only when PASAPAS_DB_URL is set");
        String database = databaseOf(System.getenv("PASAPAS_DB_URL")) + "_schema";
        try (Connection c = mariaDbOn(null, null).getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        if (!scratchDatabases.contains(database)) {
            scratchDatabases.add(database);
        }
        return mariaDbOn(database, options);
    }

    /** PASAPAS_DB_URL's server and credentials, on another database and with more options when given. */
    private static DataSource mariaDbOn(String database, String options) {
        String url = System.getenv("PASAPAS_DB_URL");
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query + 1);
        if (database != null) {
            base = base.substring(0, base.lastIndexOf('/') + 1) + database;
        }
        if (options != null) {
            params = params.isEmpty() ? options : params + "&" + options;
        }
        try {
            MariaDbDataSource ds = new MariaDbDataSource(params.isEmpty() ? base : base + "?" + params);
            ds.setUser(System.getenv("PASAPAS_DB_USER"));
            ds.setPassword(System.getenv("PASAPAS_DB_PASSWORD"));
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException("PASAPAS_DB_URL is not a MariaDB URL: " + url, e);
        }
    }

    private static String databaseOf(String url) {
        String path = url.substring(url.indexOf("//") + 2);
        path = path.substring(path.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** table.column -> fractional digits, for every column of that data type in the current database. */
    private static Map<String, Integer> columnsOfType(DataSource dataSource, String dataType) throws SQLException {
        Map<String, Integer> columns = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name, datetime_precision FROM information_schema.columns"
                     + " WHERE table_schema = DATABASE() AND data_type = ? AND table_name <> 'flyway_schema_history'")) {
            ps.setString(1, dataType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1) + "." + rs.getString(2), rs.getInt(3));
                }
            }
        }
        return columns;
    }

    private static void insertOrganisation(DataSource dataSource, String name, Instant createdAt) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (name, created_at) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setTimestamp(2, Timestamp.from(createdAt), UTC);
            ps.executeUpdate();
        }
    }

    private static Instant createdAt(DataSource dataSource, String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT created_at FROM organisation WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "organisation " + name);
                return rs.getTimestamp(1, UTC).toInstant();
            }
        }
    }

    private static String sessionTimeZone(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@session.time_zone")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
