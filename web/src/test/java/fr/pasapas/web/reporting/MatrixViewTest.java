package fr.pasapas.web.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fr.pasapas.reporting.application.MatrixCell;
import fr.pasapas.reporting.application.MatrixCell.Status;
import fr.pasapas.reporting.application.MatrixPage;
import fr.pasapas.reporting.application.MatrixRow;
import fr.pasapas.reporting.application.ModuleColumn;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The matrix as the trainer reads it: each cell's words, each learner's count of modules done, the totals. */
class MatrixViewTest {

    private static final ResourceBundle FRENCH = ResourceBundle.getBundle("fr.pasapas.web.messages", Locale.FRENCH);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fr.pasapas.web.messages", Locale.ENGLISH);

    private static final List<ModuleColumn> COLUMNS = List.of(
            new ModuleColumn("ecran-tactile", "L’écran tactile", 12, 3, 1, 1),
            new ModuleColumn("navigateur", "Le navigateur", 8, 3, 0, 2));

    private static MatrixPage page() {
        return new MatrixPage(COLUMNS, List.of(
                new MatrixRow(11, "Bruno Fini", "done", List.of(new MatrixCell(Status.DONE, 12, 12),
                        new MatrixCell(Status.IN_PROGRESS, 3, 8))),
                new MatrixRow(12, "Alice Bloquée", "stuck", List.of(new MatrixCell(Status.IN_PROGRESS, 5, 12),
                        new MatrixCell(Status.IN_PROGRESS, 3, 8))),
                new MatrixRow(13, "Chloé Calme", "quiet", List.of(new MatrixCell(Status.NOT_STARTED, 0, 12),
                        new MatrixCell(Status.NOT_STARTED, 0, 8)))), 3);
    }

    @Test
    void each_cell_says_done_the_step_reached_or_not_started_in_french() {
        MatrixView view = MatrixView.of(page(), FRENCH, Locale.FRENCH);

        assertEquals(List.of("L’écran tactile", "Le navigateur"), view.getColumns());
        assertEquals(List.of("Terminé", "En cours (étape 3/8)"), texts(view.getLines().get(0)));
        assertEquals(List.of("En cours (étape 5/12)", "En cours (étape 3/8)"), texts(view.getLines().get(1)));
        assertEquals(List.of("Pas commencé", "Pas commencé"), texts(view.getLines().get(2)));
        assertEquals(List.of("DONE", "IN_PROGRESS"), view.getLines().get(0).getCells().stream().map(MatrixView.Cell::getStatus).toList(),
                "the status names the cell's class (cell-DONE…), which colours it");
    }

    @Test
    void the_same_cell_is_worded_once_for_every_learner_who_has_it() {
        MatrixView view = MatrixView.of(page(), FRENCH, Locale.FRENCH);

        assertSame(view.getLines().get(0).getCells().get(1), view.getLines().get(1).getCells().get(1),
                "two learners at step 3 of 8 share one formatted cell");
    }

    @Test
    void each_line_counts_its_modules_done_and_keeps_the_link_to_the_timeline() {
        MatrixView view = MatrixView.of(page(), FRENCH, Locale.FRENCH);

        assertEquals(List.of(1L, 0L, 0L), view.getLines().stream().map(MatrixView.Line::getDone).toList());
        assertEquals(12L, view.getLines().get(1).getLearnerId());
        assertEquals("stuck", view.getLines().get(1).getUsername());
        assertEquals("Alice Bloquée", view.getLines().get(1).getName());
    }

    @Test
    void the_totals_give_the_share_of_the_scope_then_the_number_of_learners_per_module() {
        MatrixView view = MatrixView.of(page(), FRENCH, Locale.FRENCH);

        assertEquals(List.of("Terminé", "En cours", "Pas commencé"),
                view.getTotals().stream().map(MatrixView.Total::getLabel).toList());
        assertEquals(List.of("33 % (1)", "0 % (0)"), view.getTotals().get(0).getValues());
        assertEquals(List.of("33 % (1)", "67 % (2)"), view.getTotals().get(1).getValues());
        assertEquals(List.of("33 % (1)", "33 % (1)"), view.getTotals().get(2).getValues());
    }

    @Test
    void an_english_speaking_trainer_reads_it_in_english() {
        MatrixView view = MatrixView.of(page(), ENGLISH, Locale.ENGLISH);

        assertEquals(List.of("Done", "In progress (step 3/8)"), texts(view.getLines().get(0)));
        assertEquals("Not started", view.getTotals().get(2).getLabel());
    }

    @Test
    void a_page_past_the_last_learner_has_no_line_but_keeps_its_columns_and_totals() {
        MatrixView view = MatrixView.of(new MatrixPage(COLUMNS, List.of(), 3), FRENCH, Locale.FRENCH);

        assertEquals(List.of(), view.getLines());
        assertEquals(2, view.getColumns().size());
        assertEquals(List.of("33 % (1)", "0 % (0)"), view.getTotals().get(0).getValues());
    }

    private static List<String> texts(MatrixView.Line line) {
        return line.getCells().stream().map(MatrixView.Cell::getText).toList();
    }
}
