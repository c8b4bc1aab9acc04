package fr.pasapas.reporting.application;

import fr.pasapas.people.application.GroupName;
import java.io.Serializable;
import java.util.List;

/**
 * A page of the workshop × module matrix: the columns with their totals, the learners of the page, how many
 * learners match in all, and the workshops the caller may choose (read with the page, for its workshop list).
 */
public record MatrixPage(List<ModuleColumn> columns, List<MatrixRow> rows, long matching, List<GroupName> workshops)
        implements Serializable {

    public MatrixPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        workshops = List.copyOf(workshops);
    }

    public MatrixPage(List<ModuleColumn> columns, List<MatrixRow> rows, long matching) {
        this(columns, rows, matching, List.of());
    }
}
