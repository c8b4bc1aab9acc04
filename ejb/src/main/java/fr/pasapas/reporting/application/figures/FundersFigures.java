package fr.pasapas.reporting.application.figures;

import fr.pasapas.people.application.AccountService;
import fr.pasapas.people.application.AuditLog;
import fr.pasapas.people.application.AuthenticatedAccount;
import fr.pasapas.people.domain.AuditAction;
import fr.pasapas.reporting.infrastructure.export.Table;
import fr.pasapas.reporting.infrastructure.export.TableExport;
import fr.pasapas.reporting.infrastructure.figures.EventAggregate;
import fr.pasapas.reporting.infrastructure.figures.EventAggregates;
import fr.pasapas.reporting.infrastructure.figures.EventKind;
import fr.pasapas.reporting.infrastructure.figures.FigureQueries;
import fr.pasapas.reporting.infrastructure.figures.NamedRow;
import fr.pasapas.reporting.infrastructure.figures.Split;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures funders ask for, per organisation and per Paris month: learners enrolled (accounts created) and
 * active, modules completed, practice runs finished, certificates issued and not revoked, hours spent; split by age
 * band and by workshop. A coordinator reads their own organisation's; the admin one organisation's, or every
 * organisation's with their total. Another organisation's id is refused exactly like one that does not exist.
 * <p>
 * <b>Active</b> in a month: a learner who, that month, answered a step, opened a step for the first time or
 * started a practice run. <b>Hours spent</b>: the time spent on a step counts in the month the learner first
 * opened it.
 * <p>
 * However many learners there are, one organisation costs seven statements (its name, its workshops, by age band
 * and by workshop its monthly summary and its other events, its active learners over the range) and all of them
 * four (the names, the summary and the other events by organisation and age band, the active learners). The
 * summary (learner_month, kept by {@code LearnerMonths} in the transaction of each event) has one row per learner
 * and month, so the figures of every organisation read at most that many rows, never every event.
 */
@Stateless
@RolesAllowed({"PARTNER", "ADMIN"})
public class FundersFigures {

    @EJB
    private FigureQueries queries;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** The months shown when none are asked for: the last twelve up to the current one. */
    public MonthRange defaultRange() {
        return MonthRange.lastTwelveMonths(clock);
    }

    /** The range typed on the page; a month that is not one is refused with {@link FiguresException}. */
    public MonthRange range(String first, String last) {
        return MonthRange.parse(first, last, clock);
    }

    /** Whether the caller may read every organisation's figures (and choose one). */
    public boolean readsAllOrganisations() {
        return session.isCallerInRole("ADMIN");
    }

    /** The organisations whose figures the caller may read: all for the admin, their own for a coordinator. */
    public List<OrganisationName> organisations() {
        return queries.organisations(readsAllOrganisations() ? null : caller().organisationId()).stream()
                .map(o -> new OrganisationName(o.id(), o.name())).toList();
    }

    /**
     * The figures of {@code organisationId}, or of every organisation when it is null and the caller is the admin
     * (a coordinator always gets their own).
     */
    public Figures figures(MonthRange range, Long organisationId) {
        boolean admin = readsAllOrganisations();
        if (admin && organisationId == null) {
            return all(range);
        }
        long scope = admin ? organisationId : caller().organisationId();
        if (organisationId != null && organisationId != scope) {
            throw new FiguresException("figures.error.organisation");
        }
        NamedRow organisation = queries.organisations(scope).stream().findFirst()
                .orElseThrow(() -> new FiguresException("figures.error.organisation"));
        return new FiguresAssembly(range).one(organisation, queries.workshops(scope),
                aggregate(range, scope, Split.AGE_BAND), aggregate(range, scope, Split.WORKSHOP),
                queries.activeOverRange(range.first(), range.last(), scope));
    }

    /** The same figures as a CSV or XLSX file, in the reader's words; the export is written to the audit log. */
    public FiguresFile export(MonthRange range, Long organisationId, FiguresFormat format, FigureLabels labels) {
        Figures figures = figures(range, organisationId);
        Table table = FiguresTable.of(figures, labels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == FiguresFormat.XLSX) {
                TableExport.xlsx(table, out);
            } else {
                TableExport.csv(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String subject = labels.text("figures.title");
        String detail = range.first() + " – " + range.last() + ", " + format + (figures.allOrganisations()
                ? ", " + labels.text("figures.allOrganisations") : ", " + figures.total().name());
        if (readsAllOrganisations()) {
            audit.recordFor(figures.allOrganisations() ? null : figures.total().id(), AuditAction.EXPORTED, subject, detail);
        } else {
            audit.record(AuditAction.EXPORTED, subject, detail);
        }
        String name = "chiffres-" + (figures.allOrganisations() ? "toutes-structures" : "structure-" + figures.total().id())
                + "-" + range.first() + "-" + range.last() + "." + format.name().toLowerCase(java.util.Locale.ROOT);
        return new FiguresFile(name, format == FiguresFormat.XLSX ? TableExport.XLSX_TYPE : TableExport.CSV_TYPE,
                out.toByteArray());
    }

    /**
     * Every organisation: one read of the summary and of the other events by organisation, month and age band, added
     * up into each organisation's months and into the total's months and age bands (exact: a learner has one
     * organisation, and one age band a month).
     */
    private Figures all(MonthRange range) {
        List<EventAggregate> lines = aggregate(range, null, Split.AGE_BAND);
        return new FiguresAssembly(range).all(queries.organisations(null), EventAggregates.byOrganisation(lines),
                EventAggregates.byKey(lines), queries.activeOverRange(range.first(), range.last(), null));
    }

    /**
     * The lines of one organisation's (or every organisation's) events by month and {@code split}: active learners,
     * modules and practice runs from the learners' monthly summary, accounts created and certificates from their
     * own tables.
     */
    private List<EventAggregate> aggregate(MonthRange range, Long organisationId, Split split) {
        List<EventAggregate> lines = new ArrayList<>(queries.monthly(range.first(), range.last(), AgeBand.floors(),
                organisationId, split));
        lines.addAll(queries.aggregate(range.start(), range.end(), range.monthStartsAfterFirst(), range.first().getYear(),
                range.yearStartsAfterFirst(), AgeBand.floors(), organisationId, true, split, EventKind.ENROLLED,
                EventKind.CERTIFICATE));
        return lines;
    }

    private AuthenticatedAccount caller() {
        return accounts.caller();
    }
}
