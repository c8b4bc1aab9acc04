package fr.pasapas.reporting.infrastructure.figures;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the learners' monthly summary ({@code learner_month}, migration V19): one row per learner and Paris
 * month with the events FigureSql would read for them (activity, seconds, modules completed, practice runs
 * finished). A write adds to the row of the event's learner and month under the learner's lock (see {@link Change}), so
 * one learner's concurrent events add up one after the other and never conflict; reads give the same lines as {@link FigureSql#aggregate} and
 * {@link FigureSql#activeOverRange} for those kinds, from at most one row per learner and month.
 * <p>
 * A month is stored as {@code year * 100 + month}. Each learner has one row a month, so "learners active in a
 * month" is a count of rows, and the learners of a group add up exactly across age bands and organisations.
 */
public final class LearnerMonthSql {

    private LearnerMonthSql() {
    }

    /**
     * The Paris month ({@code yyyymm}) of a UTC date-time column or expression, in SQL that H2 and MariaDB share:
     * a month from April to October starts at 22:00 UTC the evening before, any other at 23:00 UTC (the EU summer
     * time rule, the Java zone rule of Europe/Paris for every year since 1996). The migration V19 has the same text.
     */
    static String parisMonth(String utc) {
        String summer = "(" + utc + " + INTERVAL '2' HOUR)";
        String winter = "(" + utc + " + INTERVAL '1' HOUR)";
        return "(CASE WHEN EXTRACT(MONTH FROM " + summer + ") BETWEEN 4 AND 10"
                + " THEN EXTRACT(YEAR FROM " + summer + ") * 100 + EXTRACT(MONTH FROM " + summer + ")"
                + " ELSE EXTRACT(YEAR FROM " + winter + ") * 100 + EXTRACT(MONTH FROM " + winter + ") END)";
    }

    /**
     * What adds an event to its learner's month: {@code update} adds to the month's row; when it changed none,
     * {@code insert} creates the row. The caller holds the learner's lock (people's {@code LearnerLock}), so no
     * other transaction creates the same row in between: nothing conflicts, nothing is retried.
     */
    public record Change(long learnerId, FigureSql update, FigureSql insert) {
    }

    /**
     * Adds to the learner's row of the Paris month of {@code at}. The instant is cast to the columns' precision in
     * SQL, as the event's own column stores it (MariaDB truncates to the millisecond, H2 rounds): an event at the
     * last instant of a month falls in the very month the event-reading SQL puts it in.
     */
    public static Change add(long learnerId, Instant at, int activity, int modules, int runs) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("activity", activity);
        parameters.put("modules", modules);
        parameters.put("runs", runs);
        parameters.put("learner", learnerId);
        parameters.put("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC));
        String month = parisMonth("CAST(:at AS DATETIME(3))");
        return new Change(learnerId, new FigureSql("UPDATE learner_month SET activity = activity + :activity,"
                + " modules = modules + :modules, runs = runs + :runs"
                + " WHERE learner_id = :learner AND paris_month = " + month, parameters),
                new FigureSql("INSERT INTO learner_month (learner_id, paris_month, activity, seconds, modules, runs)"
                        + " VALUES (:learner, " + month + ", :activity, 0, :modules, :runs)", parameters));
    }

    /** Adds seconds spent on a step to the learner's row of the month in which the step was first opened. */
    public static Change addSeconds(long learnerId, String moduleId, String stepId, long seconds) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("seconds", seconds);
        parameters.put("learner", learnerId);
        parameters.put("module", moduleId);
        parameters.put("step", stepId);
        String step = " FROM step_progress x WHERE x.learner_id = :learner AND x.module_id = :module AND x.step_id = :step";
        return new Change(learnerId, new FigureSql("UPDATE learner_month SET seconds = seconds + :seconds WHERE learner_id = :learner"
                + " AND paris_month = (SELECT " + parisMonth("x.first_seen_at") + step + ")", parameters),
                new FigureSql("INSERT INTO learner_month (learner_id, paris_month, activity, seconds, modules, runs)"
                        + " SELECT x.learner_id, " + parisMonth("x.first_seen_at") + ", 0, :seconds, 0, 0" + step,
                        parameters));
    }

    /**
     * The summary of the months {@code first} to {@code last} by organisation, month and {@code split} (age band
     * or workshop); each line: organisation, key, month ({@code yyyymm}), active learners, activity, seconds,
     * learners who completed a module, modules, learners who finished a practice run, runs. See {@link #lines}.
     *
     * @param ageFloors the youngest age of each age band after the first, as for {@link FigureSql#aggregate}
     */
    public static FigureSql aggregate(YearMonth first, YearMonth last, List<Integer> ageFloors, Long organisationId,
                                      Split split) {
        String key = switch (split) {
            case ORGANISATION -> "0";
            case AGE_BAND -> ageBand(ageFloors);
            case WORKSHOP -> "g.group_id";
        };
        String sql = "SELECT a.organisation_id, " + key + ", s.paris_month,"
                + " SUM(CASE WHEN s.activity > 0 THEN 1 ELSE 0 END), SUM(s.activity), SUM(s.seconds),"
                + " SUM(CASE WHEN s.modules > 0 THEN 1 ELSE 0 END), SUM(s.modules),"
                + " SUM(CASE WHEN s.runs > 0 THEN 1 ELSE 0 END), SUM(s.runs)"
                + " FROM learner_month s JOIN account a ON a.id = s.learner_id"
                + (split == Split.WORKSHOP ? " LEFT JOIN group_member g ON g.learner_id = s.learner_id" : "")
                + " WHERE s.paris_month >= :first AND s.paris_month <= :last"
                + (organisationId == null ? "" : " AND a.organisation_id = :org")
                + " GROUP BY a.organisation_id, " + (split == Split.ORGANISATION ? "" : key + ", ") + "s.paris_month";
        return new FigureSql(sql, parameters(first, last, organisationId));
    }

    /**
     * The learners active at least once in the months {@code first} to {@code last}, by organisation, each once;
     * each line: organisation, activity, learners, seconds. See {@link #activeLine}.
     */
    public static FigureSql activeOverRange(YearMonth first, YearMonth last, Long organisationId) {
        return new FigureSql("SELECT a.organisation_id, SUM(s.activity), COUNT(DISTINCT s.learner_id), SUM(s.seconds)"
                + " FROM learner_month s JOIN account a ON a.id = s.learner_id"
                + " WHERE s.paris_month >= :first AND s.paris_month <= :last AND s.activity > 0"
                + (organisationId == null ? "" : " AND a.organisation_id = :org")
                + " GROUP BY a.organisation_id", parameters(first, last, organisationId));
    }

    /**
     * The age band of a row's learner in the row's month, as {@link FigureSql#ageBand} computes it from an event:
     * (year of the month - birth year) below a floor, that is the month below (birth year + floor) * 100.
     */
    static String ageBand(List<Integer> ageFloors) {
        StringBuilder sql = new StringBuilder("CASE WHEN a.birth_year IS NULL THEN ").append(ageFloors.size() + 1);
        for (int i = 0; i < ageFloors.size(); i++) {
            sql.append(" WHEN s.paris_month < (a.birth_year + ").append(ageFloors.get(i)).append(") * 100 THEN ").append(i);
        }
        return sql.append(" ELSE ").append(ageFloors.size()).append(" END").toString();
    }

    /** {@code 2026-04} as stored: 202604. */
    public static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /**
     * One line of {@link #aggregate} as the lines {@link FigureSql#aggregate} gives for the same events: one per
     * kind that happened (active, module completed, practice run), with the month as an index from {@code first}.
     */
    public static List<EventAggregate> lines(Object[] r, YearMonth first) {
        long organisation = number(r[0]);
        Long key = r[1] == null ? null : number(r[1]);
        long stored = number(r[2]);
        int month = (int) ((stored / 100 - first.getYear()) * 12 + stored % 100 - first.getMonthValue());
        List<EventAggregate> lines = new ArrayList<>(3);
        if (number(r[3]) > 0) {
            lines.add(new EventAggregate(EventKind.ACTIVE, organisation, key, month, number(r[4]), number(r[3]), number(r[5])));
        }
        if (number(r[7]) > 0) {
            lines.add(new EventAggregate(EventKind.MODULE_COMPLETED, organisation, key, month, number(r[7]), number(r[6]), 0));
        }
        if (number(r[9]) > 0) {
            lines.add(new EventAggregate(EventKind.PRACTICE_RUN, organisation, key, month, number(r[9]), number(r[8]), 0));
        }
        return lines;
    }

    /** One line of {@link #activeOverRange} as the line {@link FigureSql#activeOverRange} gives. */
    public static EventAggregate activeLine(Object[] r) {
        return new EventAggregate(EventKind.ACTIVE, number(r[0]), null, 0, number(r[1]), number(r[2]), number(r[3]));
    }

    private static Map<String, Object> parameters(YearMonth first, YearMonth last, Long organisationId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("first", month(first));
        parameters.put("last", month(last));
        if (organisationId != null) {
            parameters.put("org", organisationId);
        }
        return parameters;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
