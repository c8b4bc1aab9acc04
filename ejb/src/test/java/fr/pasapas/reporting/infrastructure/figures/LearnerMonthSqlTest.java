package fr.pasapas.reporting.infrastructure.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.config.PlatformTime;
import fr.pasapas.platform.DatabaseMigrator;
import fr.pasapas.reporting.application.figures.AgeBand;
import fr.pasapas.reporting.application.figures.MonthRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The learners' monthly summary gives exactly the figures the event-reading SQL gives: kept event by event as the
 * application does (LearnerMonths), or filled by the migration V19 from the events already there. On a varied
 * fixture: three organisations, workshops, learners in two workshops or none, a member of staff who learns too,
 * events on both sides of month edges in winter and summer time, time added later to a step opened a month
 * before, practice runs finished, taken back and finished again, revoked certificates, a birth year corrected.
 */
class LearnerMonthSqlTest {

    private static final List<MonthRange> RANGES = List.of(
            new MonthRange(YearMonth.of(2025, 10), YearMonth.of(2026, 12)),
            new MonthRange(YearMonth.of(2026, 3), YearMonth.of(2026, 4)),
            new MonthRange(YearMonth.of(2026, 10), YearMonth.of(2026, 10)),
            new MonthRange(YearMonth.of(2025, 12), YearMonth.of(2026, 1)));

    @Test
    void the_paris_month_of_the_sql_is_the_java_month_at_every_edge_from_2000_to_2037() throws SQLException {
        JdbcDataSource database = database();
        List<Instant> instants = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2000, 1); month.isBefore(YearMonth.of(2038, 1)); month = month.plusMonths(1)) {
            Instant start = MonthRange.start(month);
            for (long millis : new long[] {-3_600_001, -3_600_000, -1, 0, 1, 3_599_999, 3_600_000, 86_400_000L * 14}) {
                instants.add(start.plusMillis(millis));
            }
        }
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE edge (t TIMESTAMP(3))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO edge (t) VALUES (?)")) {
                for (Instant instant : instants) {
                    insert.setObject(1, utc(instant));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            int checked = 0;
            try (ResultSet rows = s.executeQuery("SELECT t, " + LearnerMonthSql.parisMonth("t") + " FROM edge")) {
                while (rows.next()) {
                    Instant instant = rows.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    assertEquals(LearnerMonthSql.month(YearMonth.from(instant.atZone(PlatformTime.ZONE))), rows.getInt(2),
                            "the Paris month of " + instant);
                    checked++;
                }
            }
            assertEquals(instants.size(), checked);
        }
    }

    @Test
    void the_summary_kept_event_by_event_gives_the_figures_of_the_event_reading_sql_and_so_does_the_migration()
            throws Exception {
        JdbcDataSource live = database();
        DatabaseMigrator.flyway(live).migrate();
        JdbcDataSource migrated = database();
        Flyway.configure(DatabaseMigrator.class.getClassLoader()).dataSource(migrated)
                .locations("classpath:db/migration", "classpath:db/vendor/h2").target("18").load().migrate();

        Fixture.write(live, true);
        Fixture.write(migrated, false);
        DatabaseMigrator.flyway(migrated).migrate();

        assertEquals(summary(live), summary(migrated), "the migration fills the summary the events would have kept");
        for (JdbcDataSource database : List.of(live, migrated)) {
            long organisations = 0;
            for (MonthRange range : RANGES) {
                assertSame(figures(database, range, null), events(database, range, null), "all organisations, " + range);
                for (long organisation : organisations(database)) {
                    assertSame(figures(database, range, organisation), events(database, range, organisation),
                            "organisation " + organisation + ", " + range);
                    organisations++;
                }
            }
            assertEquals(RANGES.size() * 3L, organisations);
        }
        List<EventAggregate> lines = figures(live, RANGES.get(0), null).get(0);
        for (EventKind kind : EventKind.values()) {
            assertTrue(lines.stream().anyMatch(l -> l.kind() == kind && l.events() > 0), "the fixture has events of " + kind);
        }
    }

    @Test
    void eight_transactions_adding_to_one_learners_month_at_once_never_fail_nor_lose_a_count() throws Exception {
        JdbcDataSource database = database();
        DatabaseMigrator.flyway(database).migrate();
        long learner;
        try (Connection c = database.getConnection()) {
            learner = Fixture.account(c, Fixture.organisation(c), "LEARNER", 1980, Instant.parse("2026-01-05T10:00:00Z"));
        }
        Instant at = Instant.parse("2026-06-15T10:00:00Z");
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            writers.add(pool.submit(() -> {
                start.await();
                try (Connection c = database.getConnection()) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < each; i++) {
                        Fixture.apply(c, LearnerMonthSql.add(learner, at, 1, 1, 1));
                        c.commit();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
        Map<List<Long>, List<Long>> rows = summary(database);
        assertEquals(Map.of(List.of(learner, 202606L), List.of(200L, 0L, 200L, 200L)), rows,
                "one row, every event counted once");
    }

    // --- the figures, as FundersFigures reads them and as the event-reading SQL did ---

    /** As FundersFigures: the summary and the other events by age band, by workshop, and the learners over the range. */
    private static List<List<EventAggregate>> figures(JdbcDataSource database, MonthRange range, Long organisation)
            throws SQLException {
        List<EventAggregate> byAge = lines(database, range, organisation, Split.AGE_BAND);
        List<EventAggregate> active = query(database, LearnerMonthSql.activeOverRange(range.first(), range.last(),
                organisation), r -> List.of(LearnerMonthSql.activeLine(r)));
        if (organisation == null) {
            return List.of(EventAggregates.byOrganisation(byAge), EventAggregates.byKey(byAge), active);
        }
        return List.of(byAge, lines(database, range, organisation, Split.WORKSHOP), active);
    }

    private static List<EventAggregate> lines(JdbcDataSource database, MonthRange range, Long organisation, Split split)
            throws SQLException {
        List<EventAggregate> lines = new ArrayList<>(query(database, LearnerMonthSql.aggregate(range.first(),
                range.last(), AgeBand.floors(), organisation, split), r -> LearnerMonthSql.lines(r, range.first())));
        lines.addAll(query(database, FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(),
                range.first().getYear(), range.yearStartsAfterFirst(), AgeBand.floors(), organisation, true, split,
                EventKind.ENROLLED, EventKind.CERTIFICATE), r -> List.of(FigureSql.aggregateLine(r))));
        return lines;
    }

    private static List<List<EventAggregate>> events(JdbcDataSource database, MonthRange range, Long organisation)
            throws SQLException {
        List<List<EventAggregate>> lines = new ArrayList<>();
        if (organisation == null) {
            lines.add(eventLines(database, range, null, true, Split.ORGANISATION));
            lines.add(eventLines(database, range, null, false, Split.AGE_BAND));
        } else {
            lines.add(eventLines(database, range, organisation, true, Split.AGE_BAND));
            lines.add(eventLines(database, range, organisation, true, Split.WORKSHOP));
        }
        lines.add(query(database, FigureSql.activeOverRange(range.start(), range.end(), organisation),
                r -> List.of(FigureSql.activeLine(r))));
        return lines;
    }

    private static List<EventAggregate> eventLines(JdbcDataSource database, MonthRange range, Long organisation,
                                                   boolean perOrganisation, Split split) throws SQLException {
        return query(database, FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(),
                range.first().getYear(), range.yearStartsAfterFirst(), AgeBand.floors(), organisation, perOrganisation,
                split), r -> List.of(FigureSql.aggregateLine(r)));
    }

    private static void assertSame(List<List<EventAggregate>> summary, List<List<EventAggregate>> events, String what) {
        for (int i = 0; i < events.size(); i++) {
            assertEquals(events.get(i).size(), new HashSet<>(events.get(i)).size());
            assertEquals(new HashSet<>(events.get(i)), new HashSet<>(summary.get(i)), what + ", statement " + i);
            assertEquals(events.get(i).size(), summary.get(i).size(), what + ", statement " + i);
        }
    }

    private static List<EventAggregate> query(JdbcDataSource database, FigureSql statement,
                                              Function<Object[], List<EventAggregate>> line) throws SQLException {
        FigureSql.Positional jdbc = statement.positional();
        List<EventAggregate> lines = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(jdbc.sql())) {
            for (int i = 0; i < jdbc.values().size(); i++) {
                query.setObject(i + 1, jdbc.values().get(i));
            }
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
        }
        return lines;
    }

    /** The summary's rows that count something: (learner, month) to (activity, seconds, modules, runs). */
    private static Map<List<Long>, List<Long>> summary(JdbcDataSource database) throws SQLException {
        Map<List<Long>, List<Long>> rows = new HashMap<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT learner_id, paris_month, activity, seconds, modules, runs FROM learner_month"
                     + " WHERE activity <> 0 OR seconds <> 0 OR modules <> 0 OR runs <> 0")) {
            while (r.next()) {
                rows.put(List.of(r.getLong(1), r.getLong(2)), List.of(r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)));
            }
        }
        return rows;
    }

    private static List<Long> organisations(JdbcDataSource database) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM organisation ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static JdbcDataSource database() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:months-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        database.setUser("sa");
        database.setPassword("sa");
        return database;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The same events written in the same order on any database: rows as the repositories write them and, when
     * {@code live}, each event added to the summary as LearnerMonths does (under the learner's row lock).
     */
    private static final class Fixture {

        private final Connection c;
        private final boolean live;
        private final Random random = new Random(20261205);
        private final List<Instant> instants = new ArrayList<>();

        private Fixture(Connection c, boolean live) {
            this.c = c;
            this.live = live;
            for (YearMonth month = YearMonth.of(2025, 9); month.isBefore(YearMonth.of(2027, 2)); month = month.plusMonths(1)) {
                Instant start = MonthRange.start(month);
                instants.add(start.minusMillis(1));
                instants.add(start);
                instants.add(start.minus(Duration.ofNanos(400_000))); // H2 rounds it up to the month's first instant
                instants.add(start.plus(Duration.ofDays(1 + random.nextInt(26))).plusSeconds(random.nextInt(86_400)));
            }
        }

        static void write(JdbcDataSource database, boolean live) throws SQLException {
            try (Connection c = database.getConnection()) {
                c.setAutoCommit(false);
                new Fixture(c, live).events();
                c.commit();
            }
        }

        private Instant any() {
            return instants.get(random.nextInt(instants.size()));
        }

        private void events() throws SQLException {
            List<Long> learners = new ArrayList<>();
            Map<Long, List<Long>> workshops = new HashMap<>();
            for (int o = 0; o < 3; o++) {
                long organisation = organisation(c);
                long trainer = account(c, organisation, "TRAINER", null, any());
                learners.add(trainer); // staff learn too: their events count, their account is not a learner enrolled
                List<Long> groups = new ArrayList<>();
                for (int g = 0; g < 2 + o; g++) {
                    groups.add(insert("INSERT INTO workshop_group (organisation_id, trainer_id, name, created_at, version)"
                            + " VALUES (" + organisation + ", " + trainer + ", 'Atelier " + g + "', CURRENT_TIMESTAMP, 0)"));
                }
                for (int l = 0; l < 12; l++) {
                    Integer born = l % 5 == 0 ? null : List.of(2000, 2001, 1981, 1982, 1966, 1967, 1951, 1952, 1940).get(l % 9);
                    long learner = account(c, organisation, "LEARNER", born, any());
                    learners.add(learner);
                    if (l % 4 != 3) {
                        update("INSERT INTO group_member (group_id, learner_id) VALUES (" + groups.get(l % groups.size())
                                + ", " + learner + ")");
                    }
                    if (l % 3 == 0) {
                        update("INSERT INTO group_member (group_id, learner_id) VALUES (" + groups.get((l + 1) % groups.size())
                                + ", " + learner + ")");
                    }
                }
                workshops.put(organisation, groups);
            }
            for (long learner : learners) {
                int steps = 1 + random.nextInt(8);
                for (int s = 0; s < steps; s++) {
                    Instant opened = any();
                    step(learner, "m" + s % 3, "s" + s, opened);
                    for (int a = random.nextInt(3); a > 0; a--) {
                        answer(learner, any());
                    }
                    if (random.nextBoolean()) {
                        timeSpent(learner, "m" + s % 3, "s" + s, 1 + random.nextInt(900)); // perhaps months later
                    }
                }
                for (int r = random.nextInt(4); r > 0; r--) {
                    long run = runStarted(learner, any());
                    if (random.nextInt(4) > 0) {
                        runFinished(learner, run, any());
                        if (random.nextInt(3) == 0) {
                            runReopened(learner, run);
                            if (random.nextBoolean()) {
                                runFinished(learner, run, any());
                            }
                        }
                    }
                }
                for (int m = 0; m < 3; m++) {
                    if (random.nextInt(3) == 0) {
                        moduleCompleted(learner, "m" + m, any());
                        long certificate = certificate(learner, "m" + m, any());
                        if (random.nextInt(3) == 0) {
                            update("UPDATE certificate SET revoked_at = CURRENT_TIMESTAMP WHERE id = " + certificate);
                        }
                    }
                }
            }
            // a birth year corrected afterwards: both readings take the account as it is now
            update("UPDATE account SET birth_year = 2000 WHERE id = " + learners.get(3));
            update("UPDATE account SET birth_year = NULL WHERE id = " + learners.get(4));
        }

        private void step(long learner, String module, String step, Instant at) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO step_progress (learner_id, module_id, step_id,"
                    + " content_version, status, attempts, first_seen_at, time_spent_seconds)"
                    + " VALUES (?, ?, ?, 1, 'SEEN', 0, ?, 0)")) {
                insert.setLong(1, learner);
                insert.setString(2, module);
                insert.setString(3, step);
                insert.setObject(4, utc(at));
                insert.executeUpdate();
            }
            added(LearnerMonthSql.add(learner, at, 1, 0, 0));
        }

        private void timeSpent(long learner, String module, String step, int seconds) throws SQLException {
            update("UPDATE step_progress SET time_spent_seconds = time_spent_seconds + " + seconds + " WHERE learner_id = "
                    + learner + " AND module_id = '" + module + "' AND step_id = '" + step + "'");
            added(LearnerMonthSql.addSeconds(learner, module, step, seconds));
        }

        private void answer(long learner, Instant at) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO step_answer (learner_id, module_id, step_id,"
                    + " submission_token, correct, answered_at) VALUES (?, 'm0', 's0', ?, TRUE, ?)")) {
                insert.setLong(1, learner);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setObject(3, utc(at));
                insert.executeUpdate();
            }
            added(LearnerMonthSql.add(learner, at, 1, 0, 0));
        }

        private long runStarted(long learner, Instant at) throws SQLException {
            long run;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sandbox_run (learner_id, scenario_id, mode, seed,"
                    + " started_at) VALUES (?, 'caf', 'GUIDED', 1, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, learner);
                insert.setObject(2, utc(at));
                insert.executeUpdate();
                run = key(insert);
            }
            added(LearnerMonthSql.add(learner, at, 1, 0, 0));
            return run;
        }

        private void runFinished(long learner, long run, Instant at) throws SQLException {
            try (PreparedStatement update = c.prepareStatement("UPDATE sandbox_run SET finished_at = ?, passed = FALSE,"
                    + " outcome = 'ABANDONED' WHERE id = ?")) {
                update.setObject(1, utc(at));
                update.setLong(2, run);
                update.executeUpdate();
            }
            added(LearnerMonthSql.add(learner, at, 0, 0, 1));
        }

        private void runReopened(long learner, long run) throws SQLException {
            Instant finished;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT finished_at FROM sandbox_run WHERE id = " + run)) {
                r.next();
                finished = r.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
            update("UPDATE sandbox_run SET finished_at = NULL, passed = NULL, outcome = NULL WHERE id = " + run);
            added(LearnerMonthSql.add(learner, finished, 0, 0, -1));
        }

        private void moduleCompleted(long learner, String module, Instant at) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO module_progress (learner_id, module_id,"
                    + " content_version, current_step_id, started_at, last_activity_at, completed_at)"
                    + " VALUES (?, ?, 1, 's0', ?, ?, ?)")) {
                insert.setLong(1, learner);
                insert.setString(2, module);
                insert.setObject(3, utc(at));
                insert.setObject(4, utc(at));
                insert.setObject(5, utc(at));
                insert.executeUpdate();
            }
            added(LearnerMonthSql.add(learner, at, 0, 1, 0));
        }

        private long certificate(long learner, String module, Instant at) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO certificate (code, learner_id, module_id,"
                    + " content_version, learner_name, module_title, course_title, competences, estimated_minutes,"
                    + " organisation_name, issued_at) VALUES (?, ?, ?, 1, 'x', 'x', 'x', 'x', 30, 'x', ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, UUID.randomUUID().toString().substring(0, 12));
                insert.setLong(2, learner);
                insert.setString(3, module);
                insert.setObject(4, utc(at));
                insert.executeUpdate();
                return key(insert);
            }
        }

        private void added(LearnerMonthSql.Change change) throws SQLException {
            if (live) {
                apply(c, change);
            }
        }

        /** As LearnerMonths: the learner's lock, then the update, or the insert when the month has no row yet. */
        static void apply(Connection c, LearnerMonthSql.Change change) throws SQLException {
            try (PreparedStatement lock = c.prepareStatement("SELECT id FROM account WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, change.learnerId());
                lock.executeQuery().close();
            }
            if (execute(c, change.update()) == 0) {
                assertEquals(1, execute(c, change.insert()));
            }
        }

        private static int execute(Connection c, FigureSql statement) throws SQLException {
            FigureSql.Positional jdbc = statement.positional();
            try (PreparedStatement update = c.prepareStatement(jdbc.sql())) {
                for (int i = 0; i < jdbc.values().size(); i++) {
                    update.setObject(i + 1, jdbc.values().get(i));
                }
                return update.executeUpdate();
            }
        }

        static long organisation(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO organisation (name, created_at) VALUES ('O " + UUID.randomUUID()
                        + "', CURRENT_TIMESTAMP)", Statement.RETURN_GENERATED_KEYS);
                return key(s);
            }
        }

        static long account(Connection c, long organisation, String role, Integer birthYear, Instant createdAt)
                throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO account (organisation_id, username,"
                    + " display_name, role, secret_hash, demo, failed_logins, created_at, version, birth_year)"
                    + " VALUES (?, ?, 'X', ?, 'x', FALSE, 0, ?, 0, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, organisation);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, role);
                insert.setObject(4, utc(createdAt));
                insert.setObject(5, birthYear);
                insert.executeUpdate();
                return key(insert);
            }
        }

        private long insert(String sql) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
                return key(s);
            }
        }

        private void update(String sql) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate(sql);
            }
        }

        private static long key(Statement statement) throws SQLException {
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
