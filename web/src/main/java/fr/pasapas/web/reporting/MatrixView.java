package fr.pasapas.web.reporting;

import fr.pasapas.reporting.application.MatrixCell;
import fr.pasapas.reporting.application.MatrixPage;
import fr.pasapas.reporting.application.MatrixRow;
import fr.pasapas.reporting.application.ModuleColumn;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A page of the matrix as the view writes it: every word and figure of every cell ready, so that the table is
 * plain HTML with one expression per cell, and no component, condition or message format per cell. A cell's
 * words are formatted once per distinct value ("En cours (étape 3/12)"), not once per learner.
 */
public final class MatrixView {

    private final List<String> columns;
    private final List<Line> lines;
    private final List<Total> totals;

    private MatrixView(List<String> columns, List<Line> lines, List<Total> totals) {
        this.columns = columns;
        this.lines = lines;
        this.totals = totals;
    }

    /** The page's words in the bundle's language ({@code dash.status.*}); the figures come from the service. */
    static MatrixView of(MatrixPage page, ResourceBundle words, Locale locale) {
        Map<MatrixCell, Cell> cells = new HashMap<>();
        List<Line> lines = new ArrayList<>(page.rows().size());
        for (MatrixRow row : page.rows()) {
            List<Cell> own = new ArrayList<>(row.cells().size());
            long done = 0;
            for (MatrixCell cell : row.cells()) {
                own.add(cells.computeIfAbsent(cell, c -> new Cell(c.status().name(), label(c, words, locale))));
                done += cell.status() == MatrixCell.Status.DONE ? 1 : 0;
            }
            lines.add(new Line(row.learnerId(), row.name(), row.username(), List.copyOf(own), done));
        }
        List<String> titles = page.columns().stream().map(ModuleColumn::title).toList();
        List<Total> totals = List.of(
                new Total(words.getString("dash.status.DONE"),
                        page.columns().stream().map(c -> share(c.donePercent(), c.done())).toList()),
                new Total(words.getString("dash.status.IN_PROGRESS"),
                        page.columns().stream().map(c -> share(c.inProgressPercent(), c.inProgress())).toList()),
                new Total(words.getString("dash.status.NOT_STARTED"),
                        page.columns().stream().map(c -> share(c.notStartedPercent(), c.notStarted())).toList()));
        return new MatrixView(titles, List.copyOf(lines), totals);
    }

    private static String label(MatrixCell cell, ResourceBundle words, Locale locale) {
        return switch (cell.status()) {
            case DONE -> words.getString("dash.status.DONE");
            case NOT_STARTED -> words.getString("dash.status.NOT_STARTED");
            case IN_PROGRESS -> new MessageFormat(words.getString("dash.status.inStep"), locale)
                    .format(new Object[] {cell.stepNumber(), cell.totalSteps()});
        };
    }

    /** A total as the table shows it: "33 % (1)", the percentage of the scope's learners, then their number. */
    private static String share(int percent, long count) {
        return percent + " % (" + count + ")";
    }

    /** The modules' titles, in the order of the cells. */
    public List<String> getColumns() {
        return columns;
    }

    public List<Line> getLines() {
        return lines;
    }

    /** Three lines: done, in progress, not started, each with one figure per module. */
    public List<Total> getTotals() {
        return totals;
    }

    /** A learner's line. */
    public static final class Line {
        private final long learnerId;
        private final String name;
        private final String username;
        private final List<Cell> cells;
        private final long done;

        Line(long learnerId, String name, String username, List<Cell> cells, long done) {
            this.learnerId = learnerId;
            this.name = name;
            this.username = username;
            this.cells = cells;
            this.done = done;
        }

        public long getLearnerId() {
            return learnerId;
        }

        public String getName() {
            return name;
        }

        public String getUsername() {
            return username;
        }

        public List<Cell> getCells() {
            return cells;
        }

        /** How many modules of the columns the learner completed. */
        public long getDone() {
            return done;
        }
    }

    /** A cell: its status (for its class: cell-DONE, cell-IN_PROGRESS, cell-NOT_STARTED) and its words. */
    public static final class Cell {
        private final String status;
        private final String text;

        Cell(String status, String text) {
            this.status = status;
            this.text = text;
        }

        public String getStatus() {
            return status;
        }

        public String getText() {
            return text;
        }
    }

    /** A line of totals: its heading and one figure per module. */
    public static final class Total {
        private final String label;
        private final List<String> values;

        Total(String label, List<String> values) {
            this.label = label;
            this.values = values;
        }

        public String getLabel() {
            return label;
        }

        public List<String> getValues() {
            return values;
        }
    }
}
