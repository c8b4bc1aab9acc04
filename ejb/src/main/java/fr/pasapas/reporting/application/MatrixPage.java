package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.util.List;

/**
 * A page of the workshop × module matrix: the columns with their totals, the learners of the page, and how many
 * learners match in all.
 */
public record MatrixPage(List<ModuleColumn> columns, List<MatrixRow> rows, long matching) implements Serializable {

    public MatrixPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
