package fr.pasapas.reporting.application;

import java.io.Serializable;
import java.util.List;

/** A learner's line of the matrix: one cell per column, in the order of the columns. */
public record MatrixRow(long learnerId, String name, String username, List<MatrixCell> cells) implements Serializable {

    public MatrixRow {
        cells = List.copyOf(cells);
    }

    public long done() {
        return cells.stream().filter(c -> c.status() == MatrixCell.Status.DONE).count();
    }
}
