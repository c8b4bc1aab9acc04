package fr.pasapas.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.infrastructure.content.ContentLoader;
import fr.pasapas.catalogue.infrastructure.content.DirectoryContentSource;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixRowsTest {

    private static final Module MODULE = new ContentLoader(new DirectoryContentSource(Path.of("../content"))).load()
            .catalogue().modules().get(0);

    @Test
    void a_learner_with_no_row_for_a_module_reads_not_started() {
        MatrixCell cell = MatrixRows.cell(MODULE, null);
        assertEquals(MatrixCell.Status.NOT_STARTED, cell.status());
        assertEquals(MODULE.steps().size(), cell.totalSteps());
    }

    @Test
    void a_learner_in_a_module_reads_in_progress_at_their_current_step_number() {
        String third = MODULE.steps().get(2).id();
        MatrixCell cell = MatrixRows.cell(MODULE, new Object[] {1L, MODULE.id(), third, null});
        assertEquals(new MatrixCell(MatrixCell.Status.IN_PROGRESS, 3, MODULE.steps().size()), cell);
    }

    @Test
    void a_completed_module_reads_done_whatever_the_current_step() {
        MatrixCell cell = MatrixRows.cell(MODULE, new Object[] {1L, MODULE.id(), "gone", Timestamp.valueOf("2026-12-01 10:00:00")});
        assertEquals(MatrixCell.Status.DONE, cell.status());
    }

    @Test
    void each_learner_of_the_page_gets_one_cell_per_column_in_column_order() {
        List<MatrixRow> rows = MatrixRows.of(List.of(new Object[] {7L, "Ana", "ana.b12", 0L}, new Object[] {8L, "Bob", "bob.c13", 0L}),
                List.of(MODULE), Map.of(8L, Map.of(MODULE.id(), new Object[] {8L, MODULE.id(), MODULE.steps().get(0).id(), null})));
        assertEquals(List.of("Ana", "Bob"), rows.stream().map(MatrixRow::name).toList());
        assertEquals(MatrixCell.Status.NOT_STARTED, rows.get(0).cells().get(0).status());
        assertEquals(MatrixCell.Status.IN_PROGRESS, rows.get(1).cells().get(0).status());
    }

    @Test
    void totals_are_percentages_of_every_learner_of_the_scope() {
        ModuleColumn column = new ModuleColumn("m", "M", 10, 3, 1, 1);
        assertEquals(33, column.donePercent());
        assertEquals(33, column.inProgressPercent());
        assertEquals(33, column.notStartedPercent());
        assertEquals(0, new ModuleColumn("m", "M", 10, 0, 0, 0).donePercent(), "an empty workshop shows 0 %, not an error");
    }

    @Test
    void a_scope_of_one_workshop_reads_only_its_members_of_the_organisation() {
        String organisation = Scope.organisation(4).learners("a");
        String workshop = Scope.workshop(4, 9).learners("a");
        assertTrue(organisation.contains("a.organisation_id = :scopeOrganisation"), organisation);
        assertFalse(organisation.contains("group_member"), organisation);
        assertTrue(workshop.contains("a.organisation_id = :scopeOrganisation") && workshop.contains("group_member"), workshop);
        assertTrue(new Scope(4, List.of()).learners("a").endsWith("1 = 0"), "no visible workshop means nobody");
    }
}
