package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs the site fills in beforehand ({@code prefill}): they hold their value the first time their page is shown,
 * the learner may correct them, and a fill step on one is done by typing the value or by sending the page with the
 * right value left in (the web form sends only the inputs that changed).
 */
class PrefillTest {

    private final Sandbox sandbox = DemoSandbox.sandbox();

    @Test
    void the_inputs_hold_the_persona_s_data_or_the_literal_value_when_their_page_is_first_shown() {
        RunState karim = sandbox.start("karim-oui", Mode.GUIDED, 1L).state();
        assertEquals("652,41", karim.values().get("montant"));
        assertEquals("Rien à signaler", karim.values().get("commentaire"));
        assertEquals("1 200", sandbox.start("jeanne-non", Mode.GUIDED, 1L).state().values().get("montant"));
        assertEquals(null, karim.values().get("heures"), "an input of a page not shown yet holds nothing");
    }

    @Test
    void the_learner_may_correct_or_empty_a_pre_filled_input_and_it_is_not_filled_in_again() {
        Run run = sandbox.start("karim-corrige", Mode.HINTS, 1L).fill("montant", "600");
        assertEquals("600", run.state().values().get("montant"));
        assertEquals(List.of(), run.state().mistakes());
        assertEquals("", run.fill("commentaire", "").open("decla").state().values().get("commentaire"),
                "shown again, the page keeps what the learner left");
    }

    @Test
    void a_right_value_left_as_it_was_is_confirmed_by_the_button_that_sends_the_page() {
        Run confirmed = sandbox.start("karim-oui", Mode.HINTS, 1L).choose("a-travaille", "oui").press("continuer");
        RunState state = confirmed.state();
        assertEquals(List.of(), state.mistakes());
        assertEquals(new PageRef("decla", "heures"), state.page());
        assertEquals("heures", state.next().orElseThrow().target());

        RunState done = confirmed.fill("heures", "70").press("heures-continuer").press("envoyer").state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    @Test
    void typing_the_pre_filled_value_again_is_the_step_done_too() {
        RunState state = sandbox.start("karim-oui", Mode.GUIDED, 1L).fill("montant", "652,41").state();
        assertEquals("a-travaille", state.guidance().orElseThrow().element());
        assertEquals(List.of(), state.mistakes());
    }

    @Test
    void the_guided_mode_points_at_the_pre_filled_input_until_the_page_is_sent() {
        RunState state = sandbox.start("karim-oui", Mode.GUIDED, 1L).choose("a-travaille", "oui").state();
        assertEquals("montant", state.guidance().orElseThrow().element());
    }

    @Test
    void a_wrong_pre_filled_value_sent_as_it_was_is_one_mistake_with_the_feedback_for_that_value() {
        Run sent = sandbox.start("karim-corrige", Mode.HINTS, 1L).choose("a-travaille", "oui").press("continuer");
        RunState state = sent.state();
        assertEquals(1, state.mistakes().size(), state.mistakes().toString());
        assertEquals(DemoSandbox.ALREADY_WRITTEN, state.mistakeFeedback().orElseThrow());
        assertEquals(new PageRef("decla", "heures"), state.page(), "the site does not know the right amount: it goes on");
        assertEquals("montant", state.next().orElseThrow().target());

        Run undone = sent.undo();
        assertTrue(undone.state().mistakes().isEmpty(), "undo takes back the press and the choice sent with it");
        assertEquals("652,41", undone.state().values().get("montant"));
        RunState corrected = undone.fill("montant", "600").choose("a-travaille", "oui").press("continuer").state();
        assertEquals(List.of(), corrected.mistakes());
        assertEquals("heures", corrected.next().orElseThrow().target());
    }
}
