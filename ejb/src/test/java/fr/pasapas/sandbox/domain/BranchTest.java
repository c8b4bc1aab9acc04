package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Buttons whose destination depends on the answers ({@code branches}), and {@code goes: back}: back to where the
 * learner came into the site from, or where the button that brought them said ({@code returns}).
 */
class BranchTest {

    private final Sandbox sandbox = DemoSandbox.sandbox();

    @Test
    void the_first_branch_whose_values_are_held_decides_where_the_button_leads_else_its_goes() {
        Run start = sandbox.start("jeanne-non", Mode.HINTS, 1L);
        assertEquals(new PageRef("decla", "situation"), start.choose("a-travaille", "non").press("continuer").state().page());
        assertEquals(new PageRef("decla", "heures"), start.choose("a-travaille", "oui").press("continuer").state().page());
        assertEquals(new PageRef("decla", "situation"),
                start.choose("a-travaille", "oui").choose("a-travaille", "non").press("continuer").state().page(),
                "the value held when the button is pressed counts");
    }

    @Test
    void a_button_that_checks_its_page_leads_nowhere_while_the_page_is_refused() {
        RunState state = sandbox.start("jeanne-non", Mode.HINTS, 1L).press("continuer").state();
        assertEquals(new PageRef("decla", "accueil"), state.page());
        assertEquals("Ce champ est obligatoire.", state.siteErrors().get("a-travaille").fr());
    }

    @Test
    void each_answer_plays_its_own_scenario_through_its_own_pages() {
        RunState jeanne = sandbox.start("jeanne-non", Mode.ALONE, 1L).choose("a-travaille", "non").press("continuer")
                .press("situation-continuer").press("envoyer").state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), jeanne.result().orElseThrow());
    }

    @Test
    void back_leads_to_the_page_the_button_that_brought_the_learner_named() {
        Run run = sandbox.start("connexion-portail", Mode.HINTS, 1L).press("portail-espace");
        assertEquals(new PageRef("portail", "choix"), run.state().page());
        RunState back = run.press("revenir").state();
        assertEquals(new PageRef("service", "espace"), back.page());
        assertEquals(RunState.Outcome.REACHED, back.outcome());
        assertTrue(back.mistakes().isEmpty());
    }

    @Test
    void without_returns_back_leads_to_the_page_the_learner_left_even_after_moving_inside_the_site() {
        Run run = sandbox.start("connexion-portail", Mode.HINTS, 1L).press("portail-simple");
        assertEquals(new PageRef("service", "connexion"), run.press("revenir").state().page());
        assertEquals(new PageRef("service", "connexion"),
                run.press("page-suivante").press("revenir-de-suite").state().page());
    }

    @Test
    void the_last_way_in_counts_and_a_site_the_learner_never_came_into_has_nowhere_to_go_back_to() {
        Run run = sandbox.start("connexion-portail", Mode.HINTS, 1L).press("portail-simple").press("revenir")
                .press("portail-espace");
        assertEquals(new PageRef("service", "espace"), run.press("revenir").state().page());

        RunState alone = sandbox.start("portail-seul", Mode.HINTS, 1L).press("revenir").state();
        assertEquals(new PageRef("portail", "choix"), alone.page());
    }
}
