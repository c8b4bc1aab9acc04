package fr.pasapas.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModuleTest {

    private static final ExplanationStep EXPLANATION =
            new ExplanationStep("lire", "Lire", List.of("Texte."), new Image("images/a.svg", "Une image"), null);
    private static final CheckStep CHECK = new CheckStep("bilan", "Bilan", null, 1,
            List.of(new CheckQuestion("q1", "Question ?", List.of(new Choice("a", "A.", true, null),
                    new Choice("b", "B.", false, null)))), "Bravo.", "Revoyez.");

    private static Module module(Completion completion, Step... steps) {
        return new Module("m", "c", 1, "Module", "Résumé", 10, List.of("5.2"), List.of(steps), completion);
    }

    @Test
    void the_final_check_is_the_check_step_of_the_module() {
        assertEquals(Optional.of(CHECK), module(Completion.PASS_CHECK, EXPLANATION, CHECK).finalCheck());
    }

    @Test
    void a_module_without_check_step_has_no_final_check() {
        assertEquals(Optional.empty(), module(Completion.ALL_STEPS, EXPLANATION).finalCheck());
    }

    @Test
    void a_module_without_completion_rule_is_completed_by_all_its_steps() {
        assertEquals(Completion.ALL_STEPS, module(null, EXPLANATION).completion());
        assertEquals(Completion.ALL_STEPS,
                new Module("m", "c", 1, "Module", "Résumé", 10, List.of("5.2"), List.of(EXPLANATION)).completion());
    }

    @Test
    void only_explanations_are_not_questions() {
        assertFalse(EXPLANATION.isQuestion());
        assertTrue(CHECK.isQuestion());
        assertTrue(new OrderStep("o", "O", "I", List.of(), "R", "W").isQuestion());
    }

    @Test
    void an_explanation_shows_its_picture_then_its_recorded_audio() {
        assertEquals(List.of("images/a.svg"), EXPLANATION.mediaPaths());
        assertEquals(List.of("images/a.svg", "audio/a.mp3"),
                new ExplanationStep("lire", "Lire", List.of("Texte."), new Image("images/a.svg", "Une image"),
                        "audio/a.mp3").mediaPaths());
    }

    @Test
    void the_final_check_opens_once_every_other_step_is_finished_and_points_to_the_first_one_left() {
        ExplanationStep other = new ExplanationStep("regarder", "Regarder", List.of("Texte."), null, null);
        Module module = module(Completion.PASS_CHECK, EXPLANATION, other, CHECK);

        assertFalse(module.canOpen(CHECK, id -> false), "nothing finished: the check waits");
        assertEquals(Optional.of(EXPLANATION), module.firstUnfinishedBefore(id -> false));
        assertFalse(module.canOpen(CHECK, "lire"::equals), "one step left: the check still waits");
        assertEquals(Optional.of(other), module.firstUnfinishedBefore("lire"::equals));
        assertTrue(module.canOpen(CHECK, id -> !id.equals("bilan")), "every other step finished: the check opens");
        assertTrue(module.canOpen(other, id -> false), "any other step opens at any time");
    }
}
