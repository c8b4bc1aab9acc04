package fr.pasapas.reporting.application.figures;

import fr.pasapas.reporting.infrastructure.figures.EventAggregate;
import fr.pasapas.reporting.infrastructure.figures.EventKind;
import fr.pasapas.reporting.infrastructure.figures.NamedRow;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the aggregate lines of the database into figures, in memory. The database counted the active learners
 * once per organisation, month and age band (or workshop): each learner has one organisation and one age band a
 * month, so those counts add up exactly into months and totals; workshops do not (a learner may be in two).
 */
final class FiguresAssembly {

    private final MonthRange range;
    private final List<YearMonth> months;

    FiguresAssembly(MonthRange range) {
        this.range = range;
        this.months = range.months();
    }

    /** One organisation: its months, age bands and workshops. */
    Figures one(NamedRow organisation, List<NamedRow> workshops, List<EventAggregate> byAge,
                List<EventAggregate> byWorkshop, List<EventAggregate> activeOverRange) {
        List<AgeFigures> ages = ageRows(byAge);
        List<MonthFigures> monthly = monthRows(ages.stream().map(a -> new Cell(a.month(), a.counts())).toList());
        Map<Long, String> names = new HashMap<>();
        workshops.forEach(w -> names.put(w.id(), w.name()));
        OrganisationFigures figures = new OrganisationFigures(organisation.id(), organisation.name(), monthly,
                overRange(monthly, activeOverRange), ages, workshopRows(organisation.name(), byWorkshop, names));
        return new Figures(range, false, List.of(figures), figures);
    }

    /** Every organisation by month, and their total by month and age band. */
    Figures all(List<NamedRow> organisations, List<EventAggregate> byOrganisation, List<EventAggregate> totalByAge,
                List<EventAggregate> activeOverRange) {
        Map<Long, List<Cell>> cells = new HashMap<>();
        byOrganisation.forEach(line -> cells.computeIfAbsent(line.organisationId(), o -> new ArrayList<>())
                .add(new Cell(months.get(line.month()), counts(line))));
        Map<Long, List<EventAggregate>> active = new HashMap<>();
        activeOverRange.forEach(line -> active.computeIfAbsent(line.organisationId(), o -> new ArrayList<>()).add(line));
        List<OrganisationFigures> each = new ArrayList<>();
        List<Cell> everyone = new ArrayList<>();
        Counts overRange = Counts.ZERO;
        for (NamedRow organisation : organisations) {
            List<MonthFigures> monthly = monthRows(cells.getOrDefault(organisation.id(), List.of()));
            Counts own = overRange(monthly, active.getOrDefault(organisation.id(), List.of()));
            each.add(new OrganisationFigures(organisation.id(), organisation.name(), monthly, own, List.of(), List.of()));
            monthly.forEach(m -> everyone.add(new Cell(m.month(), m.counts())));
            overRange = overRange.plus(own);
        }
        OrganisationFigures total = new OrganisationFigures(null, null, monthRows(everyone), overRange,
                ageRows(totalByAge), List.of());
        return new Figures(range, true, each, total);
    }

    private record Cell(YearMonth month, Counts counts) {
    }

    private List<AgeFigures> ageRows(List<EventAggregate> lines) {
        Map<YearMonth, Map<AgeBand, Counts>> cells = new HashMap<>();
        for (EventAggregate line : lines) {
            cells.computeIfAbsent(months.get(line.month()), m -> new HashMap<>())
                    .merge(AgeBand.ofIndex(line.key().intValue()), counts(line), Counts::plus);
        }
        List<AgeFigures> rows = new ArrayList<>();
        for (YearMonth month : months) {
            Map<AgeBand, Counts> bands = cells.getOrDefault(month, Map.of());
            for (AgeBand band : AgeBand.values()) {
                if (bands.containsKey(band)) {
                    rows.add(new AgeFigures(month, band, bands.get(band)));
                }
            }
        }
        return rows;
    }

    private List<WorkshopFigures> workshopRows(String organisation, List<EventAggregate> lines, Map<Long, String> names) {
        Map<YearMonth, Map<Long, Counts>> cells = new HashMap<>();
        for (EventAggregate line : lines) {
            cells.computeIfAbsent(months.get(line.month()), m -> new HashMap<>())
                    .merge(line.key() == null ? NONE : line.key(), counts(line), Counts::plus);
        }
        Comparator<Long> byName = Comparator.comparing((Long id) -> id == NONE)
                .thenComparing(id -> names.getOrDefault(id, "")).thenComparing(Comparator.naturalOrder());
        List<WorkshopFigures> rows = new ArrayList<>();
        for (YearMonth month : months) {
            Map<Long, Counts> groups = cells.getOrDefault(month, Map.of());
            groups.keySet().stream().sorted(byName).forEach(id -> rows.add(new WorkshopFigures(month, organisation,
                    id == NONE ? null : id, id == NONE ? null : names.getOrDefault(id, "#" + id), groups.get(id))));
        }
        return rows;
    }

    /** The key of "no workshop" while sorting. */
    private static final long NONE = -1L;

    private List<MonthFigures> monthRows(List<Cell> cells) {
        Map<YearMonth, Counts> monthly = new HashMap<>();
        cells.forEach(c -> monthly.merge(c.month(), c.counts(), Counts::plus));
        return months.stream().map(m -> new MonthFigures(m, monthly.getOrDefault(m, Counts.ZERO))).toList();
    }

    /** The months added up, with the learners active in at least one of them counted once. */
    private static Counts overRange(List<MonthFigures> monthly, List<EventAggregate> activeOverRange) {
        long active = activeOverRange.stream().mapToLong(EventAggregate::learners).sum();
        return monthly.stream().map(MonthFigures::counts).reduce(Counts.ZERO, Counts::plus).withActive(active);
    }

    /** One aggregate line as counts: the active learners once each, every other kind by its events. */
    private static Counts counts(EventAggregate line) {
        EventKind kind = line.kind();
        return new Counts(kind == EventKind.ENROLLED ? line.events() : 0,
                kind == EventKind.ACTIVE ? line.learners() : 0,
                kind == EventKind.MODULE_COMPLETED ? line.events() : 0,
                kind == EventKind.PRACTICE_RUN ? line.events() : 0,
                kind == EventKind.CERTIFICATE ? line.events() : 0,
                kind == EventKind.ACTIVE ? line.seconds() : 0);
    }
}
