package fr.pasapas.reporting.application.figures;

import fr.pasapas.reporting.infrastructure.export.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures as one table to pivot in a spreadsheet: a line per organisation, month and split (the whole month,
 * an age band, a workshop), then a line per organisation for the whole range; with every organisation, their
 * total too.
 */
final class FiguresTable {

    static final List<String> COLUMNS = List.of("figures.col.organisation", "figures.col.month", "figures.col.split",
            "figures.col.group", "figures.col.enrolled", "figures.col.active", "figures.col.modules",
            "figures.col.runs", "figures.col.certificates", "figures.col.hours");

    private final FigureLabels labels;
    private final List<List<Object>> rows = new ArrayList<>();

    private FiguresTable(FigureLabels labels) {
        this.labels = labels;
    }

    static Table of(Figures figures, FigureLabels labels) {
        FiguresTable table = new FiguresTable(labels);
        for (OrganisationFigures organisation : figures.organisations()) {
            table.add(organisation, organisation.name());
        }
        if (figures.allOrganisations()) {
            table.add(figures.total(), labels.text("figures.allOrganisations"));
        }
        return new Table(labels.text("figures.title"), COLUMNS.stream().map(labels::text).toList(), table.rows);
    }

    private void add(OrganisationFigures figures, String organisation) {
        String whole = labels.text("figures.split.total");
        figures.months().forEach(m -> row(organisation, m.month().toString(), whole, null, m.counts()));
        String age = labels.text("figures.split.age");
        figures.byAge().forEach(a -> row(organisation, a.month().toString(), age, labels.text(a.band().labelKey()), a.counts()));
        String workshop = labels.text("figures.split.workshop");
        figures.byWorkshop().forEach(w -> row(organisation, w.month().toString(), workshop,
                w.workshop() == null ? labels.text("figures.noWorkshop") : w.workshop(), w.counts()));
        row(organisation, labels.text("figures.wholeRange"), whole, null, figures.overRange());
    }

    private void row(String organisation, String month, String split, String group, Counts c) {
        List<Object> row = new ArrayList<>(List.of(organisation, month, split));
        row.add(group);
        row.addAll(List.of(c.enrolled(), c.active(), c.modulesCompleted(), c.practiceRuns(), c.certificates(), c.hours()));
        rows.add(row);
    }
}
