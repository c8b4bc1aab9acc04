import fr.pasapas.platform.DatabaseMigrator;
import fr.pasapas.reporting.application.figures.AgeBand;
import fr.pasapas.reporting.application.figures.MonthRange;
import fr.pasapas.reporting.infrastructure.figures.EventAggregate;
import fr.pasapas.reporting.infrastructure.figures.EventAggregates;
import fr.pasapas.reporting.infrastructure.figures.EventKind;
import fr.pasapas.reporting.infrastructure.figures.FigureSql;
import fr.pasapas.reporting.infrastructure.figures.LearnerMonthSql;
import fr.pasapas.reporting.infrastructure.figures.Split;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The funders' figures on a large MariaDB database: 500 organisations, 100,000 learners, about 5 million progress
 * events over two years. Generates the data once (in SQL, with MariaDB's sequence tables) on the schema before the
 * learners' monthly summary (V18), then migrates to the end: V19 fills the summary from the events, as it would on
 * a live database (timed). Then times the very statements the page runs (LearnerMonthSql and FigureSql, as
 * FundersFigures calls them) for one organisation and for all, over the last 12 months, and checks that they give
 * the same lines as the event-reading SQL (FigureSql alone): for one organisation each time, for all organisations
 * with "compare" (the event-reading SQL takes about 70 s there).
 *
 * Usage: java -cp "$(cat /tmp/cp.txt)" bench/FiguresBench.java JDBC_URL USER PASSWORD [generate] [compare]
 * (the database must exist and be empty for "generate"; the schema is migrated by the application's Flyway).
 */
public class FiguresBench {

    static final int ORGANISATIONS = 500;
    static final int LEARNERS = 100_000;

    public static void main(String[] args) throws Exception {
        MariaDbDataSource db = new MariaDbDataSource(args[0]);
        db.setUser(args[1]);
        db.setPassword(args[2]);
        List<String> options = List.of(args).subList(3, args.length);
        try (Connection c = db.getConnection()) {
            if (options.contains("generate")) {
                Flyway.configure(FiguresBench.class.getClassLoader()).dataSource(db)
                        .locations("classpath:db/migration", "classpath:db/vendor/mariadb").target("18").load().migrate();
                generate(c);
            }
            long start = System.nanoTime();
            DatabaseMigrator.flyway(db).migrate();
            System.out.printf("migrations (V19 fills the summary the first time) %d ms%n", (System.nanoTime() - start) / 1_000_000);
            if (options.contains("generate")) {
                exec(c, "ANALYZE TABLE learner_month");
            }
            count(c);
            MonthRange range = MonthRange.lastTwelveMonths(Clock.systemUTC());
            long organisation = one(c, "SELECT MIN(id) + " + ORGANISATIONS / 2 + " FROM organisation");
            for (int round = 1; round <= 3; round++) {
                System.out.printf("round %d: one organisation %d ms%n", round, timed(() -> page(c, range, organisation)));
            }
            for (int round = 1; round <= 3; round++) {
                System.out.printf("round %d: all organisations %d ms%n", round, timed(() -> page(c, range, null)));
            }
            same(page(c, range, organisation), events(c, range, organisation), "one organisation");
            if (options.contains("compare")) {
                long before = System.nanoTime();
                List<List<EventAggregate>> events = events(c, range, null);
                System.out.printf("all organisations from the events alone %d ms%n", (System.nanoTime() - before) / 1_000_000);
                same(page(c, range, null), events, "all organisations");
            }
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    static long timed(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The statements of a page as FundersFigures runs them, as the lines its assembly gets: one organisation, by age
     * band, by workshop, its active learners over the range; all of them, by organisation, the total by age band,
     * the active learners over the range of each organisation.
     */
    static List<List<EventAggregate>> page(Connection c, MonthRange range, Long organisation) throws Exception {
        List<EventAggregate> byAge = lines(c, range, organisation, Split.AGE_BAND);
        List<EventAggregate> active = run(c, LearnerMonthSql.activeOverRange(range.first(), range.last(), organisation),
                r -> List.of(LearnerMonthSql.activeLine(r)));
        if (organisation == null) {
            return List.of(EventAggregates.byOrganisation(byAge), EventAggregates.byKey(byAge), active);
        }
        return List.of(byAge, lines(c, range, organisation, Split.WORKSHOP), active);
    }

    static List<EventAggregate> lines(Connection c, MonthRange range, Long organisation, Split split) throws Exception {
        List<EventAggregate> lines = new ArrayList<>(run(c, LearnerMonthSql.aggregate(range.first(), range.last(),
                AgeBand.floors(), organisation, split), r -> LearnerMonthSql.lines(r, range.first())));
        lines.addAll(run(c, FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(),
                range.first().getYear(), range.yearStartsAfterFirst(), AgeBand.floors(), organisation, true, split,
                EventKind.ENROLLED, EventKind.CERTIFICATE), r -> List.of(FigureSql.aggregateLine(r))));
        return lines;
    }

    /** The same figures from the events alone, as before the summary (FigureSql). */
    static List<List<EventAggregate>> events(Connection c, MonthRange range, Long organisation) throws Exception {
        List<FigureSql> statements = new ArrayList<>();
        statements.add(FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(), range.first().getYear(),
                range.yearStartsAfterFirst(), AgeBand.floors(), organisation, true,
                organisation == null ? Split.ORGANISATION : Split.AGE_BAND));
        if (organisation == null) {
            statements.add(FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(), range.first().getYear(),
                    range.yearStartsAfterFirst(), AgeBand.floors(), null, false, Split.AGE_BAND));
        } else {
            statements.add(FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(), range.first().getYear(),
                    range.yearStartsAfterFirst(), AgeBand.floors(), organisation, true, Split.WORKSHOP));
        }
        List<List<EventAggregate>> lines = new ArrayList<>();
        for (FigureSql statement : statements) {
            lines.add(run(c, statement, r -> List.of(FigureSql.aggregateLine(r))));
        }
        lines.add(run(c, FigureSql.activeOverRange(range.start(), range.end(), organisation), r -> List.of(FigureSql.activeLine(r))));
        return lines;
    }

    static void same(List<List<EventAggregate>> summary, List<List<EventAggregate>> events, String what) {
        for (int i = 0; i < events.size(); i++) {
            Set<EventAggregate> expected = new HashSet<>(events.get(i));
            Set<EventAggregate> actual = new HashSet<>(summary.get(i));
            if (!expected.equals(actual) || expected.size() != events.get(i).size()) {
                throw new AssertionError(what + ", statement " + i + ": the summary differs from the events: "
                        + expected.size() + " lines expected, " + actual.size() + " read; first missing: "
                        + expected.stream().filter(l -> !actual.contains(l)).findFirst().orElse(null) + ", first extra: "
                        + actual.stream().filter(l -> !expected.contains(l)).findFirst().orElse(null));
            }
            System.out.printf("  %s, statement %d: %d lines, the same as from the events%n", what, i, expected.size());
        }
    }

    static List<EventAggregate> run(Connection c, FigureSql statement, Function<Object[], List<EventAggregate>> line)
            throws Exception {
        long start = System.nanoTime();
        try {
            return lines(c, statement, line);
        } finally {
            System.out.printf("    %5d ms  %s%n", (System.nanoTime() - start) / 1_000_000,
                    statement.sql().substring(0, Math.min(90, statement.sql().length())));
        }
    }

    static List<EventAggregate> lines(Connection c, FigureSql statement, Function<Object[], List<EventAggregate>> line)
            throws Exception {
        FigureSql.Positional jdbc = statement.positional();
        List<Object> values = jdbc.values();
        try (PreparedStatement query = c.prepareStatement(jdbc.sql())) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            List<EventAggregate> lines = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    lines.addAll(line.apply(row));
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
                "sandbox_run", "module_progress", "certificate", "learner_month")) {
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
