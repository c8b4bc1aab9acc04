package fr.pasapas.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.pasapas.catalogue.domain.Completion;
import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.catalogue.domain.Image;
import fr.pasapas.catalogue.domain.Module;
import fr.pasapas.catalogue.domain.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleStandingTest {

    private static Step explanation(String id) {
        return new ExplanationStep(id, "Titre " + id, List.of("Texte."), new Image("images/a.svg", "Une image"), null);
    }

    private static final Module MODULE = new Module("m", "c", 1, "Module", "Résumé", 10, List.of("5.2"),
            List.of(explanation("a"), explanation("b"), explanation("c")), Completion.ALL_STEPS);

    @Test
    void a_module_nobody_opened_is_not_started_and_at_zero_percent() {
        ModuleStanding standing = ModuleStanding.of(MODULE, Map.of());
        assertFalse(standing.started());
        assertEquals(0, standing.percent());
        assertFalse(standing.allStepsDone());
    }

    @Test
    void percent_counts_finished_steps_and_rounds_down_so_that_100_means_finished() {
        ModuleStanding standing = ModuleStanding.of(MODULE, Map.of("a", StepStatus.DONE, "b", StepStatus.DONE, "c", StepStatus.FAILED));
        assertTrue(standing.started());
        assertEquals(66, standing.percent());
        assertFalse(standing.allStepsDone());
    }

    @Test
    void steps_removed_from_the_content_no_longer_count_and_new_ones_are_to_do() {
        ModuleStanding standing = ModuleStanding.of(MODULE,
                Map.of("a", StepStatus.DONE, "b", StepStatus.DONE, "removed", StepStatus.DONE));
        assertEquals(2, standing.doneSteps());
        assertFalse(standing.allStepsDone());
        assertTrue(ModuleStanding.of(MODULE, Map.of("a", StepStatus.DONE, "b", StepStatus.DONE, "c", StepStatus.DONE)).allStepsDone());
    }
}
