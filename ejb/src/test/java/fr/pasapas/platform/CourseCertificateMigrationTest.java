package fr.pasapas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V22 on a fresh H2 database: module certificates stay as they are, a course certificate has no module, and a
 * second course certificate of the same learner and course is refused by the unique key (the database's guarantee
 * under the issuing code's row lock). The same migrations run on MariaDB in the MariaDB IT run.
 */
class CourseCertificateMigrationTest {

    @Test
    void one_course_certificate_per_learner_and_course_beside_the_module_certificates() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v22-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        DatabaseMigrator.flyway(h2).migrate();
        check(h2);
    }

    static void check(DataSource db) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into organisation (id, name, created_at) values (1, 'Centre', current_timestamp)");
            s.executeUpdate("insert into account (id, organisation_id, username, display_name, role, secret_hash, demo,"
                    + " failed_logins, created_at, version) values (10, 1, 'awa', 'Awa', 'LEARNER', 'x', false, 0, current_timestamp, 0)");
            s.executeUpdate(insert("'AAAA-AAAA-AAA2'", "'wifi'", "'Le wifi'", "DEFAULT", "NULL"));
            s.executeUpdate(insert("'AAAA-AAAA-AAA3'", "'email'", "'L''e-mail'", "DEFAULT", "NULL"));
            s.executeUpdate(insert("'AAAA-AAAA-AAA4'", "NULL", "NULL", "'COURSE'", "'email'"));
            s.executeUpdate(insert("'AAAA-AAAA-AAA5'", "NULL", "NULL", "'COURSE'", "'demarches'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(insert("'AAAA-AAAA-AAA6'", "NULL", "NULL", "'COURSE'", "'email'")));
            try (ResultSet rs = s.executeQuery("select kind, count(*) from certificate group by kind order by kind")) {
                rs.next();
                assertEquals("COURSE 2", rs.getString(1) + " " + rs.getInt(2));
                rs.next();
                assertEquals("MODULE 2", rs.getString(1) + " " + rs.getInt(2));
            }
        }
    }

    private static String insert(String code, String module, String moduleTitle, String kind, String course) {
        return "insert into certificate (code, learner_id, module_id, content_version, learner_name, module_title,"
                + " course_title, competences, estimated_minutes, organisation_name, issued_at, kind, course_id)"
                + " values (" + code + ", 10, " + module + ", 1, 'Awa', " + moduleTitle + ", 'Cours', '2.1', 15,"
                + " 'Centre', current_timestamp, " + kind + ", " + course + ")";
    }
}
