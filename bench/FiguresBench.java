import fr.pasapas.platform.DatabaseMigrator;
import fr.pasapas.reporting.application.figures.AgeBand;
import fr.pasapas.reporting.application.figures.MonthRange;
import fr.pasapas.reporting.infrastructure.figures.FigureSql;
import fr.pasapas.reporting.infrastructure.figures.Split;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The funders' figures on a large MariaDB database: 500 organisations, 100,000 learners, about 5 million progress
 * events over two years. Generates the data once (in SQL, with MariaDB's sequence tables), then times the very
 * statements the page runs (FigureSql) for one organisation and for all, over the last 12 months.
 *
 * Usage: java -cp "$(cat /tmp/cp.txt)" bench/FiguresBench.java JDBC_URL USER PASSWORD [generate]
 * (the database must exist and be empty for "generate"; the schema is migrated by the application's Flyway).
 */
public class FiguresBench {

    static final int ORGANISATIONS = 500;
    static final int LEARNERS = 100_000;

    public static void main(String[] args) throws Exception {
        MariaDbDataSource db = new MariaDbDataSource(args[0]);
        db.setUser(args[1]);
        db.setPassword(args[2]);
        DatabaseMigrator.flyway(db).migrate();
        try (Connection c = db.getConnection()) {
            if (args.length > 3 && args[3].equals("generate")) {
                generate(c);
            }
            count(c);
            MonthRange range = MonthRange.lastTwelveMonths(Clock.systemUTC());
            long organisation = one(c, "SELECT MIN(id) + " + ORGANISATIONS / 2 + " FROM organisation");
            for (int round = 1; round <= 3; round++) {
                System.out.printf("round %d: one organisation %d ms%n", round, page(c, range, organisation));
            }
            System.out.printf("all organisations %d ms%n", page(c, range, null));
        }
    }

    /** The three statements of a page: by age band (per organisation or for all), by workshop or by organisation, active over the range. */
    static long page(Connection c, MonthRange range, Long organisation) throws Exception {
        long start = System.nanoTime();
        List<FigureSql> statements = new ArrayList<>();
        statements.add(FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(), range.first().getYear(),
                range.yearStartsAfterFirst(), AgeBand.floors(), organisation, organisation != null, Split.AGE_BAND));
        statements.add(FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(), range.first().getYear(),
                range.yearStartsAfterFirst(), AgeBand.floors(), organisation, true,
                organisation == null ? Split.ORGANISATION : Split.WORKSHOP));
        statements.add(FigureSql.activeOverRange(range.start(), range.end(), organisation));
        long lines = 0;
        for (FigureSql statement : statements) {
            lines += run(c, statement);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("  %s: %d lines%n", organisation == null ? "all" : "organisation " + organisation, lines);
        return ms;
    }

    static long run(Connection c, FigureSql statement) throws Exception {
        FigureSql.Positional jdbc = statement.positional();
        List<Object> values = jdbc.values();
        try (PreparedStatement query = c.prepareStatement(jdbc.sql())) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            long lines = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines++;
                }
            }
            return lines;
        }
    }

    static void generate(Connection c) throws Exception {
        String spread = "NOW(3) - INTERVAL ((seq * 7919) % (730 * 86400)) SECOND"; // over the last two years
        exec(c, "INSERT INTO organisation (id, name, created_at) SELECT seq, CONCAT('Structure ', seq), NOW(3)"
                + " FROM seq_1_to_" + ORGANISATIONS);
        // one trainer per organisation (ids 1..500), then the learners (ids 1001..)
        exec(c, "INSERT INTO account (id, organisation_id, username, display_name, role, secret_hash, demo, failed_logins,"
                + " created_at, version) SELECT seq, seq, CONCAT('formateur', seq), CONCAT('Formateur ', seq), 'TRAINER',"
                + " 'x', FALSE, 0, NOW(3), 0 FROM seq_1_to_" + ORGANISATIONS);
        exec(c, "INSERT INTO account (id, organisation_id, username, display_name, role, secret_hash, demo, failed_logins,"
                + " created_at, version, birth_year) SELECT 1000 + seq, 1 + seq % " + ORGANISATIONS + ", CONCAT('a', seq),"
                + " CONCAT('Apprenant ', seq), 'LEARNER', 'x', FALSE, 0, " + spread + ", 0,"
                + " IF(seq % 10 = 0, NULL, 1930 + seq % 79) FROM seq_1_to_" + LEARNERS);
        exec(c, "INSERT INTO workshop_group (id, organisation_id, trainer_id, name, created_at, version)"
                + " SELECT seq, 1 + seq % " + ORGANISATIONS + ", 1 + seq % " + ORGANISATIONS
                + ", CONCAT('Atelier ', seq), NOW(3), 0 FROM seq_1_to_" + ORGANISATIONS * 4);
        // 4 of 5 learners in a workshop of their organisation, 1 in 10 in a second one
        exec(c, "INSERT INTO group_member (group_id, learner_id) SELECT (seq % " + ORGANISATIONS + ") + 1 + "
                + ORGANISATIONS + " * (seq % 4), 1000 + seq FROM seq_1_to_" + LEARNERS + " WHERE seq % 5 <> 0");
        exec(c, "INSERT INTO group_member (group_id, learner_id) SELECT (seq % " + ORGANISATIONS + ") + 1 + "
                + ORGANISATIONS + " * ((seq + 1) % 4), 1000 + seq FROM seq_1_to_" + LEARNERS + " WHERE seq % 10 = 1");
        // 2.4 M step rows, 2.2 M answers, 200 k runs, 150 k modules, 50 k certificates: about 5 M events
        exec(c, "INSERT INTO step_progress (learner_id, module_id, step_id, content_version, status, attempts,"
                + " first_seen_at, completed_at, time_spent_seconds) SELECT 1001 + seq % " + LEARNERS + ", CONCAT('m', seq DIV "
                + LEARNERS + " % 6), CONCAT('s', seq DIV " + LEARNERS * 6 + "), 1, 'DONE', 1, " + spread + ", " + spread
                + ", seq % 300 FROM seq_1_to_2400000");
        exec(c, "INSERT INTO step_answer (learner_id, module_id, step_id, submission_token, correct, answered_at,"
                + " answer_text) SELECT 1001 + seq % " + LEARNERS + ", 'm1', 's1', CONCAT('t', seq), seq % 3 <> 0, "
                + spread + ", 'a' FROM seq_1_to_2200000");
        exec(c, "INSERT INTO sandbox_run (learner_id, scenario_id, mode, seed, started_at, finished_at, outcome, passed)"
                + " SELECT 1001 + seq % " + LEARNERS + ", 'caf-se-connecter', 'GUIDED', seq, " + spread + ", IF(seq % 4 = 0, NULL, "
                + spread + "), NULL, seq % 4 <> 0 FROM seq_1_to_200000");
        exec(c, "INSERT INTO module_progress (learner_id, module_id, content_version, current_step_id, started_at,"
                + " last_activity_at, completed_at) SELECT 1001 + seq % " + LEARNERS + ", CONCAT('m', seq DIV " + LEARNERS
                + "), 1, 's1', " + spread + ", " + spread + ", " + spread + " FROM seq_1_to_150000");
        exec(c, "INSERT INTO certificate (code, learner_id, module_id, content_version, learner_name, module_title,"
                + " course_title, competences, estimated_minutes, organisation_name, issued_at, revoked_at)"
                + " SELECT CONCAT('C', seq), 1001 + seq % " + LEARNERS + ", CONCAT('m', seq DIV " + LEARNERS
                + "), 1, 'x', 'x', 'x', 'x', 30, 'x', " + spread + ", IF(seq % 50 = 0, NOW(3), NULL) FROM seq_1_to_50000");
        exec(c, "ANALYZE TABLE account, step_progress, step_answer, sandbox_run, module_progress, certificate, group_member");
    }

    static void count(Connection c) throws Exception {
        for (String table : List.of("organisation", "account", "group_member", "step_progress", "step_answer",
                "sandbox_run", "module_progress", "certificate")) {
            System.out.printf("%s: %d rows%n", table, one(c, "SELECT COUNT(*) FROM " + table));
        }
    }

    static void exec(Connection c, String sql) throws Exception {
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
        System.out.printf("%6d ms  %s%n", (System.nanoTime() - start) / 1_000_000, sql.substring(0, Math.min(70, sql.length())));
    }

    static long one(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
