package fr.pasapas.reporting.application;

import fr.pasapas.catalogue.domain.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The matrix's lines assembled in memory from the page's learners and their module rows. */
final class MatrixRows {

    private MatrixRows() {
    }

    /**
     * @param learners rows (id, display name, username, ...) in the page's order
     * @param progress each learner's module rows (learner id, module id, current step id, completed at) by module id
     */
    static List<MatrixRow> of(List<Object[]> learners, List<Module> modules, Map<Long, Map<String, Object[]>> progress) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Object[] learner : learners) {
            long id = SqlValues.number(learner[0]);
            Map<String, Object[]> own = progress.getOrDefault(id, Map.of());
            List<MatrixCell> cells = modules.stream().map(m -> cell(m, own.get(m.id()))).toList();
            rows.add(new MatrixRow(id, (String) learner[1], (String) learner[2], cells));
        }
        return rows;
    }

    static MatrixCell cell(Module module, Object[] progress) {
        int total = module.steps().size();
        if (progress == null) {
            return MatrixCell.notStarted(total);
        }
        if (progress[3] != null) {
            return new MatrixCell(MatrixCell.Status.DONE, total, total);
        }
        int index = module.indexOf((String) progress[2]);
        return new MatrixCell(MatrixCell.Status.IN_PROGRESS, index < 0 ? 1 : index + 1, total);
    }
}
