package fr.pasapas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Upgrading to V16 keeps each workshop's trainer and the modules assigned to workshops before it. */
class WorkshopMigrationTest {

    @Test
    void the_trainer_of_each_workshop_and_its_assigned_modules_survive_the_upgrade() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v16-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        // the last migration before V16, whichever it is once the branches are merged
        String last = java.util.Arrays.stream(DatabaseMigrator.flyway(h2).info().all()).map(m -> m.getVersion())
                .filter(v -> v.compareTo(MigrationVersion.fromVersion("16")) < 0).max(Comparable::compareTo).orElseThrow().getVersion();
        Flyway before = Flyway.configure(getClass().getClassLoader())
                .configuration(DatabaseMigrator.flyway(h2).getConfiguration()).target(last).load();
        before.migrate();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into organisation (id, name, created_at) values (1, 'Centre', current_timestamp)");
            s.executeUpdate("insert into account (id, organisation_id, username, display_name, role, secret_hash, demo,"
                    + " failed_logins, created_at, version) values (10, 1, 'karim', 'Karim', 'TRAINER', 'x', false, 0, current_timestamp, 0)");
            s.executeUpdate("insert into workshop_group (id, organisation_id, trainer_id, name, created_at, version)"
                    + " values (100, 1, 10, 'Mardi', current_timestamp, 0)");
            s.executeUpdate("insert into group_assignment (group_id, module_id, due_date, assigned_at)"
                    + " values (100, 'wifi', DATE '2027-03-01', current_timestamp), (100, 'lire-email', null, current_timestamp)");
        }
        DatabaseMigrator.flyway(h2).migrate();

        assertEquals(List.of("100 10 0"), rows(h2, "select group_id, trainer_id, position from workshop_trainer"));
        assertEquals(List.of("1 100 null workshop:100 MODULE lire-email  null", "1 100 null workshop:100 MODULE wifi  2027-03-01"),
                rows(h2, "select organisation_id, group_id, account_id, target, item_kind, item_id, practice_mode, due_date"
                        + " from assignment order by item_id"));
    }

    private static List<String> rows(JdbcDataSource h2, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
