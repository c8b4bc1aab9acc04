package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The paid look-alike site that comes first in the search results (REPLICAS.md §5.4). */
class TrapTest {

    private final Sandbox sandbox = RealContent.sandbox();

    private Run results(Mode mode) {
        return sandbox.start("ants-faux-site", mode, 1L).fill("recherche", "changement adresse carte grise")
                .press("rechercher");
    }

    @Test
    void choosing_the_sponsored_look_alike_ends_the_run_with_the_explanation_of_how_to_tell() {
        for (Mode mode : Mode.values()) {
            RunState state = results(mode).press("annonce-carte-grise").state();
            assertEquals(RunState.Outcome.ENDED, state.outcome(), mode.name());
            assertTrue(state.ending().orElseThrow().fr().contains("« .gouv.fr »"), state.ending().toString());
            assertEquals(new PageRef("carte-grise-rapide", "accueil"), state.page(), "the learner sees where it led");
            assertFalse(state.result().orElseThrow().passed());
            assertTrue(state.guidance().isEmpty());
        }
    }

    @Test
    void after_the_trap_nothing_but_undo_or_restart_changes_the_run_and_undo_lets_the_learner_choose_again() {
        Run trapped = results(Mode.ALONE).press("annonce-carte-grise");
        assertEquals(trapped.state(), trapped.press("commencer").state());
        RunState undone = trapped.undo().state();
        assertEquals(RunState.Outcome.PLAYING, undone.outcome());
        assertTrue(undone.result().isEmpty());
        assertEquals(RunState.Outcome.REACHED, trapped.undo().press("resultat-ants").state().outcome(),
                "after undo, the learner can still choose the official site");
    }

    @Test
    void an_empty_search_is_refused_by_the_search_engine() {
        RunState state = sandbox.start("ants-faux-site", Mode.HINTS, 1L).press("rechercher").state();
        assertEquals(new PageRef("moteur", "accueil"), state.page());
        assertEquals("Ce champ est obligatoire.", state.siteErrors().get("recherche").fr());
        assertEquals("Écrivez d'abord quelques mots dans le cadre.", state.mistakeFeedback().orElseThrow().fr());
    }
}
