package fr.pasapas.reporting.infrastructure.figures;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of the funders' figures and its parameters, built for a range of months (plain text and values, so a test
 * can run it on a bare database). Each statement reads the learners' events of the range once, grouped in the
 * database: the answer has a line per kind, month and split, however many learners and events there are.
 * Events are bucketed into Paris months by comparing their UTC instant with the months' first instants
 * ({@code CASE WHEN t < :m0 THEN 0 ...}), which is exact across summer time and the same SQL on H2 and MariaDB.
 *
 * @param parameters by name, instants as UTC date-times (as they are stored)
 */
public record FigureSql(String sql, Map<String, Object> parameters) {

    private static final Pattern PARAMETER = Pattern.compile(":([a-z][a-z0-9]*)");

    /** The statement with JDBC's {@code ?} placeholders and their values in order, for plain JDBC. */
    public record Positional(String sql, List<Object> values) {
    }

    /** This statement for plain JDBC (the tests' and the benchmark's). */
    public Positional positional() {
        List<Object> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            values.add(parameters.get(m.group(1)));
            m.appendReplacement(text, "?");
        }
        m.appendTail(text);
        return new Positional(text.toString(), values);
    }

    /**
     * The events of the range by kind, month and {@code split}; each line: kind, organisation, key, month index,
     * events, different learners, seconds.
     *
     * @param monthStarts     where each month after the first starts
     * @param firstYear       the year of the range's first month
     * @param yearStarts      the first instant of each year after {@code firstYear}, up to the range's last
     * @param ageFloors       the youngest age of each age band after the first (26, 45...); no birth year gives the
     *                        band after the last floor
     * @param organisationId  one organisation, or null for all
     * @param perOrganisation whether the lines are per organisation or for all together (organisation 0); workshop
     *                        lines are always per organisation
     */
    public static FigureSql aggregate(Instant start, Instant end, List<Instant> monthStarts, int firstYear,
                                      List<Instant> yearStarts, List<Integer> ageFloors, Long organisationId,
                                      boolean perOrganisation, Split split) {
        return aggregate(start, end, monthStarts, firstYear, yearStarts, ageFloors, organisationId, perOrganisation,
                split, EventKind.values());
    }

    /** {@link #aggregate} of some kinds of events only. */
    public static FigureSql aggregate(Instant start, Instant end, List<Instant> monthStarts, int firstYear,
                                      List<Instant> yearStarts, List<Integer> ageFloors, Long organisationId,
                                      boolean perOrganisation, Split split, EventKind... kinds) {
        String key = switch (split) {
            case ORGANISATION -> "0";
            case AGE_BAND -> ageBand(firstYear, yearStarts, ageFloors);
            case WORKSHOP -> "g.group_id";
        };
        boolean byOrganisation = perOrganisation || split == Split.WORKSHOP;
        String sql = "SELECT kind, " + (byOrganisation ? "org" : "0") + ", k, m, COUNT(*), COUNT(DISTINCT learner_id),"
                + " SUM(secs) FROM (SELECT e.kind, e.learner_id, e.org, e.secs, " + key + " AS k, "
                + month(monthStarts) + " AS m FROM (" + events(organisationId, kinds) + ") e"
                + (split == Split.WORKSHOP ? " LEFT JOIN group_member g ON g.learner_id = e.learner_id" : "")
                + ") b GROUP BY kind, " + (byOrganisation ? "org, " : "") + "k, m";
        Map<String, Object> parameters = parameters(start, end, organisationId);
        for (int i = 0; i < monthStarts.size(); i++) {
            parameters.put("m" + i, utc(monthStarts.get(i)));
        }
        if (split == Split.AGE_BAND) {
            for (int i = 0; i < yearStarts.size(); i++) {
                parameters.put("y" + i, utc(yearStarts.get(i)));
            }
        }
        return new FigureSql(sql, parameters);
    }

    /**
     * The learners active at least once in the range, by organisation (each learner once, however many months);
     * each line: kind, organisation, events, different learners, seconds.
     */
    public static FigureSql activeOverRange(Instant start, Instant end, Long organisationId) {
        return new FigureSql("SELECT kind, org, COUNT(*), COUNT(DISTINCT learner_id), SUM(secs) FROM ("
                + events(organisationId, EventKind.ACTIVE) + ") e GROUP BY kind, org",
                parameters(start, end, organisationId));
    }

    /**
     * The learners' events of the range, one row each: kind, learner, organisation, birth year, instant, seconds.
     * Each part starts from its own table's instant and joins the learner's account, so that one organisation's
     * figures read only its learners' rows.
     */
    static String events(Long organisationId, EventKind... kinds) {
        String org = organisationId == null ? "" : " AND a.organisation_id = :org";
        StringBuilder sql = new StringBuilder();
        for (EventKind kind : kinds) {
            switch (kind) {
                case ENROLLED -> part(sql, kind, "a.created_at", "0", "account a",
                        "a.role = 'LEARNER' AND a.created_at >= :start AND a.created_at < :end" + org);
                case ACTIVE -> {
                    part(sql, kind, "x.answered_at", "0", "step_answer x JOIN account a ON a.id = x.learner_id",
                            "x.answered_at >= :start AND x.answered_at < :end" + org);
                    part(sql, kind, "x.first_seen_at", "x.time_spent_seconds",
                            "step_progress x JOIN account a ON a.id = x.learner_id",
                            "x.first_seen_at >= :start AND x.first_seen_at < :end" + org);
                    part(sql, kind, "x.started_at", "0", "sandbox_run x JOIN account a ON a.id = x.learner_id",
                            "x.started_at >= :start AND x.started_at < :end" + org);
                }
                case MODULE_COMPLETED -> part(sql, kind, "x.completed_at", "0",
                        "module_progress x JOIN account a ON a.id = x.learner_id",
                        "x.completed_at >= :start AND x.completed_at < :end" + org);
                case PRACTICE_RUN -> part(sql, kind, "x.finished_at", "0",
                        "sandbox_run x JOIN account a ON a.id = x.learner_id",
                        "x.finished_at >= :start AND x.finished_at < :end" + org);
                case CERTIFICATE -> part(sql, kind, "x.issued_at", "0",
                        "certificate x JOIN account a ON a.id = x.learner_id",
                        "x.issued_at >= :start AND x.issued_at < :end AND x.revoked_at IS NULL" + org);
            }
        }
        return sql.toString();
    }

    private static void part(StringBuilder sql, EventKind kind, String instant, String seconds, String from, String where) {
        if (!sql.isEmpty()) {
            sql.append(" UNION ALL ");
        }
        sql.append("SELECT '").append(kind.code).append("' AS kind, a.id AS learner_id, a.organisation_id AS org,")
                .append(" a.birth_year AS birth_year, ").append(instant).append(" AS t, ").append(seconds)
                .append(" AS secs FROM ").append(from).append(" WHERE ").append(where);
    }

    /**
     * The age band of an event's learner in the event's month: the Paris year of {@code e.t} minus the birth year,
     * against the bands' floors; no birth year gives the band after the last.
     */
    static String ageBand(int firstYear, List<Instant> yearStarts, List<Integer> ageFloors) {
        StringBuilder year = new StringBuilder();
        if (yearStarts.isEmpty()) {
            year.append(firstYear);
        } else {
            year.append("(CASE");
            for (int i = 0; i < yearStarts.size(); i++) {
                year.append(" WHEN e.t < :y").append(i).append(" THEN ").append(firstYear + i);
            }
            year.append(" ELSE ").append(firstYear + yearStarts.size()).append(" END)");
        }
        StringBuilder sql = new StringBuilder("CASE WHEN e.birth_year IS NULL THEN ").append(ageFloors.size() + 1);
        for (int i = 0; i < ageFloors.size(); i++) {
            sql.append(" WHEN ").append(year).append(" - e.birth_year < ").append(ageFloors.get(i)).append(" THEN ").append(i);
        }
        return sql.append(" ELSE ").append(ageFloors.size()).append(" END").toString();
    }

    /** The month of an event's instant {@code e.t}, 0 for the first month of the range. */
    static String month(List<Instant> monthStarts) {
        if (monthStarts.isEmpty()) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < monthStarts.size(); i++) {
            sql.append(" WHEN e.t < :m").append(i).append(" THEN ").append(i);
        }
        return sql.append(" ELSE ").append(monthStarts.size()).append(" END").toString();
    }

    private static Map<String, Object> parameters(Instant start, Instant end, Long organisationId) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("start", utc(start));
        parameters.put("end", utc(end));
        if (organisationId != null) {
            parameters.put("org", organisationId);
        }
        return parameters;
    }

    /** Instants are stored as UTC date-times without a zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** One line of {@link #aggregate} as a record. */
    public static EventAggregate aggregateLine(Object[] r) {
        return new EventAggregate(EventKind.of(r[0].toString()), number(r[1]), r[2] == null ? null : number(r[2]),
                (int) number(r[3]), number(r[4]), number(r[5]), number(r[6]));
    }

    /** One line of {@link #activeOverRange} as a record. */
    public static EventAggregate activeLine(Object[] r) {
        return new EventAggregate(EventKind.of(r[0].toString()), number(r[1]), null, 0, number(r[2]), number(r[3]),
                number(r[4]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
