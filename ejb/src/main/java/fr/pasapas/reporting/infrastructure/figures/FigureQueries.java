package fr.pasapas.reporting.infrastructure.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the funders' figures statements ({@link LearnerMonthSql} for the learners' monthly summary, {@link FigureSql}
 * for accounts created and certificates): a constant number per page, whatever the number of learners. Their SQL depends on the number of months asked for, so it is built rather than named.
 */
@Stateless
@RolesAllowed({"PARTNER", "ADMIN"})
public class FigureQueries {

    @PersistenceContext(unitName = "pasapas")
    private EntityManager em;

    /** See {@link FigureSql#aggregate}, for some kinds of events only (those the summary does not hold). */
    public List<EventAggregate> aggregate(Instant start, Instant end, List<Instant> monthStarts, int firstYear,
                                          List<Instant> yearStarts, List<Integer> ageFloors, Long organisationId,
                                          boolean perOrganisation, Split split, EventKind... kinds) {
        return run(FigureSql.aggregate(start, end, monthStarts, firstYear, yearStarts, ageFloors, organisationId,
                perOrganisation, split, kinds), FigureSql::aggregateLine);
    }

    /** See {@link LearnerMonthSql#aggregate}: the lines of the active learners, modules and practice runs. */
    public List<EventAggregate> monthly(YearMonth first, YearMonth last, List<Integer> ageFloors, Long organisationId,
                                        Split split) {
        FigureSql statement = LearnerMonthSql.aggregate(first, last, ageFloors, organisationId, split);
        Query query = em.createNativeQuery(statement.sql());
        statement.parameters().forEach(query::setParameter);
        return rows(query).stream().flatMap(r -> LearnerMonthSql.lines(r, first).stream()).toList();
    }

    /** See {@link LearnerMonthSql#activeOverRange}. */
    public List<EventAggregate> activeOverRange(YearMonth first, YearMonth last, Long organisationId) {
        return run(LearnerMonthSql.activeOverRange(first, last, organisationId), LearnerMonthSql::activeLine);
    }

    /** Every organisation, or the one asked for, by name. */
    public List<NamedRow> organisations(Long organisationId) {
        Query query = em.createNativeQuery("SELECT id, name FROM organisation"
                + (organisationId == null ? "" : " WHERE id = :org") + " ORDER BY name, id");
        if (organisationId != null) {
            query.setParameter("org", organisationId);
        }
        return rows(query).stream().map(r -> new NamedRow(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[0]).longValue())).toList();
    }

    /** The workshops of every organisation, or of one, by name. */
    public List<NamedRow> workshops(Long organisationId) {
        Query query = em.createNativeQuery("SELECT id, name, organisation_id FROM workshop_group"
                + (organisationId == null ? "" : " WHERE organisation_id = :org") + " ORDER BY name, id");
        if (organisationId != null) {
            query.setParameter("org", organisationId);
        }
        return rows(query).stream().map(r -> new NamedRow(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    private List<EventAggregate> run(FigureSql statement, Function<Object[], EventAggregate> line) {
        Query query = em.createNativeQuery(statement.sql());
        statement.parameters().forEach(query::setParameter);
        return rows(query).stream().map(line).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
