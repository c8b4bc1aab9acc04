package fr.pasapas.reporting.infrastructure.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.platform.DatabaseMigrator;
import fr.pasapas.reporting.application.figures.AgeBand;
import fr.pasapas.reporting.application.figures.MonthRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures' SQL on a migrated H2 database (the same SQL runs on MariaDB in the ITs): events fall in the Paris
 * month they happened in, learners in the age band of that month, and one organisation's figures never read
 * another's.
 */
class FigureSqlTest {

    private static JdbcDataSource database;
    private long organisation;
    private long other;

    @BeforeAll
    static void migrate() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:figures-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        database.setPassword("sa");
        DatabaseMigrator.flyway(database).migrate();
    }

    /** Two organisations of its own for each test. */
    @BeforeEach
    void organisations() throws SQLException {
        organisation = insert("INSERT INTO organisation (name, created_at) VALUES ('A " + UUID.randomUUID() + "', CURRENT_TIMESTAMP)");
        other = insert("INSERT INTO organisation (name, created_at) VALUES ('B " + UUID.randomUUID() + "', CURRENT_TIMESTAMP)");
    }

    @Test
    void an_answer_at_half_past_eleven_utc_on_the_last_evening_of_january_counts_in_february() throws SQLException {
        MonthRange range = new MonthRange(YearMonth.of(2026, 1), YearMonth.of(2026, 7));
        long learner = learner(organisation, 1960, "2025-06-01T10:00:00Z");
        answer(learner, "2026-01-31T22:59:00Z"); // 23:59 in Paris: January
        answer(learner, "2026-01-31T23:00:00Z"); // midnight in Paris: February
        long second = learner(organisation, 1960, "2025-06-01T10:00:00Z");
        answer(second, "2026-06-30T21:59:00Z"); // 23:59 in Paris (summer time): June
        answer(second, "2026-06-30T22:00:00Z"); // July
        answer(second, "2025-12-31T22:59:00Z"); // December 2025 in Paris: outside the range

        Map<YearMonth, Long> active = active(range, organisation);
        assertEquals(Map.of(YearMonth.of(2026, 1), 1L, YearMonth.of(2026, 2), 1L, YearMonth.of(2026, 6), 1L,
                YearMonth.of(2026, 7), 1L), active);
    }

    @Test
    void learners_fall_in_the_age_band_of_each_month_as_the_java_rule_says_at_every_edge() throws SQLException {
        MonthRange range = new MonthRange(YearMonth.of(2025, 12), YearMonth.of(2026, 1));
        Map<Long, Integer> born = new HashMap<>();
        for (Integer year : new Integer[] {2001, 2000, 1982, 1981, 1967, 1966, 1952, 1951, null}) {
            long learner = learner(organisation, year, "2025-01-01T10:00:00Z");
            born.put(learner, year);
            answer(learner, "2025-12-15T10:00:00Z");
            answer(learner, "2026-01-15T10:00:00Z");
        }
        Map<YearMonth, Map<AgeBand, Long>> expected = new HashMap<>();
        for (YearMonth month : range.months()) {
            for (Integer year : born.values()) {
                expected.computeIfAbsent(month, m -> new HashMap<>()).merge(AgeBand.of(year, month), 1L, Long::sum);
            }
        }
        Map<YearMonth, Map<AgeBand, Long>> actual = new HashMap<>();
        for (EventAggregate line : run(range, organisation, Split.AGE_BAND)) {
            if (line.kind() == EventKind.ACTIVE) {
                actual.computeIfAbsent(range.months().get(line.month()), m -> new HashMap<>())
                        .merge(AgeBand.ofIndex(line.key().intValue()), line.learners(), Long::sum);
            }
        }
        assertEquals(expected, actual);
        assertEquals(2L, actual.get(YearMonth.of(2025, 12)).get(AgeBand.UNDER_26), "born 2000 is 25 in December 2025");
        assertEquals(1L, actual.get(YearMonth.of(2026, 1)).get(AgeBand.UNDER_26), "and 26 in January 2026");
        assertEquals(1L, actual.get(YearMonth.of(2026, 1)).get(AgeBand.UNKNOWN), "no birth year: not given");
    }

    @Test
    void one_organisation_reads_only_its_own_learners_and_a_learner_in_two_workshops_counts_in_both() throws SQLException {
        MonthRange range = new MonthRange(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
        long ours = learner(organisation, 1950, "2026-03-02T10:00:00Z");
        long theirs = learner(other, 1950, "2026-03-02T10:00:00Z");
        answer(ours, "2026-03-03T10:00:00Z");
        answer(theirs, "2026-03-03T10:00:00Z");
        long trainer = account(organisation, "TRAINER", null, "2026-01-01T10:00:00Z");
        long morning = insert("INSERT INTO workshop_group (organisation_id, trainer_id, name, created_at, version) VALUES ("
                + organisation + ", " + trainer + ", 'Matin', CURRENT_TIMESTAMP, 0)");
        long evening = insert("INSERT INTO workshop_group (organisation_id, trainer_id, name, created_at, version) VALUES ("
                + organisation + ", " + trainer + ", 'Soir', CURRENT_TIMESTAMP, 0)");
        update("INSERT INTO group_member (group_id, learner_id) VALUES (" + morning + ", " + ours + ")");
        update("INSERT INTO group_member (group_id, learner_id) VALUES (" + evening + ", " + ours + ")");

        List<EventAggregate> byWorkshop = run(range, organisation, Split.WORKSHOP);
        Map<Long, Long> enrolled = byWorkshop.stream().filter(l -> l.kind() == EventKind.ENROLLED)
                .collect(Collectors.toMap(EventAggregate::key, EventAggregate::events));
        assertEquals(Map.of(morning, 1L, evening, 1L), enrolled, "the trainer is not a learner, the other centre's learner is not ours");

        List<EventAggregate> all = run(range, null, Split.ORGANISATION);
        Map<Long, Long> activeByOrganisation = all.stream().filter(l -> l.kind() == EventKind.ACTIVE)
                .filter(l -> l.organisationId() == organisation || l.organisationId() == other)
                .collect(Collectors.toMap(EventAggregate::organisationId, EventAggregate::learners));
        assertEquals(Map.of(organisation, 1L, other, 1L), activeByOrganisation);
    }

    // --- the database, as the application would have left it ---

    private Map<YearMonth, Long> active(MonthRange range, Long organisationId) throws SQLException {
        Map<YearMonth, Long> active = new HashMap<>();
        for (EventAggregate line : run(range, organisationId, Split.AGE_BAND)) {
            if (line.kind() == EventKind.ACTIVE) {
                active.merge(range.months().get(line.month()), line.learners(), Long::sum);
            }
        }
        return active;
    }

    private List<EventAggregate> run(MonthRange range, Long organisationId, Split split) throws SQLException {
        FigureSql statement = FigureSql.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(),
                range.first().getYear(), range.yearStartsAfterFirst(), AgeBand.floors(), organisationId, true, split);
        FigureSql.Positional jdbc = statement.positional();
        List<Object> values = jdbc.values();
        List<EventAggregate> lines = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(jdbc.sql())) {
            for (int i = 0; i < values.size(); i++) {
                query.setObject(i + 1, values.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Object[] row = new Object[7];
                    for (int i = 0; i < 7; i++) {
                        row[i] = rows.getObject(i + 1);
                    }
                    lines.add(FigureSql.aggregateLine(row));
                }
            }
        }
        return lines;
    }

    private long learner(long organisationId, Integer birthYear, String createdAt) throws SQLException {
        return account(organisationId, "LEARNER", birthYear, createdAt);
    }

    private long account(long organisationId, String role, Integer birthYear, String createdAt) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO account (organisation_id, username, display_name, role, secret_hash, demo, failed_logins,"
                        + " created_at, version, birth_year) VALUES (?, ?, 'X', ?, 'x', FALSE, 0, ?, 0, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, organisationId);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, role);
            insert.setObject(4, utc(createdAt));
            insert.setObject(5, birthYear);
            insert.executeUpdate();
            return key(insert);
        }
    }

    private void answer(long learner, String at) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO step_answer (learner_id, module_id, step_id, submission_token, correct, answered_at)"
                        + " VALUES (?, 'm', 's', ?, TRUE, ?)")) {
            insert.setLong(1, learner);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setObject(3, utc(at));
            insert.executeUpdate();
        }
    }

    private static LocalDateTime utc(String instant) {
        return LocalDateTime.ofInstant(Instant.parse(instant), ZoneOffset.UTC);
    }

    private long insert(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement insert = c.createStatement()) {
            insert.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement update = c.createStatement()) {
            update.executeUpdate(sql);
        }
    }

    private static long key(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
