package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CAF login (REPLICAS.md §1.1) played as Karim: mistakes, undo, restart, and the code in his webmail. */
class CafLoginTest {

    private static final String SCENARIO = "caf-se-connecter";
    private static final String NIR = "1 84 13 99 999 902";
    private static final String ALLOCATAIRE = "9999901";
    private static final String PASSWORD = "Yanis-Foot-9";

    private final Sandbox sandbox = RealContent.sandbox();

    private Run start(Mode mode) {
        return sandbox.start(SCENARIO, mode, 2026L);
    }

    /** Up to the identification page. */
    private Run atIdentification(Mode mode) {
        return start(mode).press("mon-compte").press("se-connecter");
    }

    /** Logged in, code sent, webmail message opened, back on the CAF's verification page. */
    private Run backWithTheCode(Mode mode) {
        return atIdentification(mode).fill("nir", NIR).fill("mot-de-passe", PASSWORD).press("connexion")
                .press("envoyer-code").open("messagerie").press("code-caf").open("caf");
    }

    @Test
    void typing_the_numero_d_allocataire_instead_of_the_nir_is_a_mistake_answered_with_its_own_feedback() {
        RunState state = atIdentification(Mode.HINTS).fill("nir", ALLOCATAIRE).state();
        assertEquals(1, state.mistakes().size());
        assertTrue(state.mistakeFeedback().orElseThrow().fr().startsWith("C'est le numéro d'allocataire."),
                state.mistakeFeedback().toString());
    }

    @Test
    void the_site_refuses_the_login_until_the_number_is_right_and_says_why_beside_the_field() {
        RunState state = atIdentification(Mode.GUIDED).fill("nir", ALLOCATAIRE).fill("mot-de-passe", PASSWORD)
                .press("connexion").state();
        assertEquals(new PageRef("caf", "identification"), state.page());
        assertEquals("Écrivez les 13 premiers chiffres du numéro de sécurité sociale.", state.siteErrors().get("nir").fr());
        assertEquals(1, state.mistakes().size(), "pressing «Se connecter» with the wrong number is the same mistake");
        assertTrue(state.mistakeFeedback().orElseThrow().fr().startsWith("C'est le numéro d'allocataire."),
                "the feedback still explains the number: " + state.mistakeFeedback());
        assertEquals(new RunState.Guidance("nir", sandbox.scenario(SCENARIO).orElseThrow().path().get(2).guide()),
                state.guidance().orElseThrow(), "the guided mode points back at the number");
    }

    @Test
    void sending_the_form_with_the_wrong_number_still_in_is_the_same_mistake_and_the_site_marks_every_field() {
        RunState state = atIdentification(Mode.HINTS).fill("nir", ALLOCATAIRE).press("connexion").state();
        assertEquals(1, state.mistakes().size(), "the wrong number, sent with «Se connecter»");
        assertEquals("Ce champ est obligatoire.", state.siteErrors().get("mot-de-passe").fr());
        assertEquals(2, atIdentification(Mode.HINTS).fill("nir", ALLOCATAIRE).press("mot-de-passe-oublie").state()
                .mistakes().size(), "another link pressed is another mistake");
    }

    @Test
    void undo_after_a_refused_press_takes_back_the_press_and_the_values_sent_with_it() {
        Run refused = atIdentification(Mode.HINTS).fill("nir", ALLOCATAIRE).fill("mot-de-passe", PASSWORD)
                .press("connexion");
        RunState undone = refused.undo().state();
        assertEquals(List.of(), undone.mistakes(), "the form sent is taken back as a whole");
        assertEquals(Map.of(), undone.values());
        assertEquals(new PageRef("caf", "identification"), undone.page());
        assertEquals(new PageRef("caf", "choix-connexion"), refused.undo().undo().state().page(),
                "a second undo takes back the press before");
    }

    @Test
    void undo_never_takes_back_a_hint_asked() {
        RunState state = atIdentification(Mode.HINTS).askHint().undo().state();
        assertEquals(1, state.hintsUsed());
        assertEquals(new PageRef("caf", "choix-connexion"), state.page(), "the undo took back the press before the hint");
    }

    @Test
    void undo_takes_back_the_mistake_and_the_learner_goes_on_from_where_they_were() {
        Run mistaken = atIdentification(Mode.HINTS).fill("nir", ALLOCATAIRE);
        Run undone = mistaken.undo();
        assertEquals(List.of(), undone.state().mistakes());
        assertEquals(atIdentification(Mode.HINTS).state(), undone.state());
        assertEquals(4, undone.trace().size(), "the trace keeps everything, the undo included");

        RunState done = ExpectedPath.play(sandbox, undone.restart()).state();
        assertTrue(done.result().orElseThrow().passed());
    }

    @Test
    void pressing_franceconnect_is_a_mistake_that_undo_takes_back() {
        Run wrong = start(Mode.GUIDED).press("mon-compte").press("franceconnect");
        assertEquals("FranceConnect est une autre façon d'entrer. Ici, choisissez « Se connecter ».",
                wrong.state().mistakeFeedback().orElseThrow().fr());
        assertTrue(wrong.undo().state().mistakes().isEmpty());
        assertEquals("se-connecter", wrong.undo().state().guidance().orElseThrow().element());
    }

    @Test
    void restart_takes_back_every_action_and_the_scenario_starts_again_on_its_first_page() {
        Run restarted = backWithTheCode(Mode.HINTS).fill("code", "000000").restart();
        RunState state = restarted.state();
        assertEquals(new PageRef("caf", "accueil"), state.page());
        assertEquals(List.of(), state.mistakes());
        assertEquals(List.of(), state.mailbox(), "the code sent before the restart is gone too");
        assertEquals("mon-compte", state.next().orElseThrow().target());
    }

    @Test
    void the_code_the_caf_sends_arrives_in_the_persona_s_webmail_and_the_same_code_comes_back_on_replay() {
        Run run = atIdentification(Mode.GUIDED).fill("nir", NIR).fill("mot-de-passe", PASSWORD).press("connexion")
                .press("envoyer-code").open("messagerie");
        RunState state = run.state();
        assertEquals(new PageRef("messagerie", "reception"), state.page());
        Message message = state.mailbox().get(0);
        assertEquals("code-caf", message.id());
        assertEquals("reception", message.folder());
        assertTrue(message.code().matches("[0-9]{6}"), message.code());
        assertTrue(message.body().fr().contains(message.code()), message.body().fr());

        RunState opened = run.press("code-caf").state();
        assertEquals(new PageRef("messagerie", "lecture"), opened.page());
        assertEquals(Optional.of(message), opened.opened());
        assertEquals(message.code(), Run.resume(sandbox, run.scenario(), Mode.GUIDED, 2026L, run.timedTrace())
                .state().mailbox().get(0).code(), "replay gives the same code");
        assertNotEquals(message.code(), Replay.code(2027L, 0), "another run, another code");
    }

    @Test
    void only_the_code_received_is_accepted() {
        Run back = backWithTheCode(Mode.HINTS);
        String code = back.state().latestCode().orElseThrow();
        String other = code.equals("123456") ? "654321" : "123456";

        RunState wrong = back.fill("code", other).press("valider-code").state();
        assertEquals(new PageRef("caf", "verification"), wrong.page());
        assertEquals("Ce code n'est pas le bon.", wrong.siteErrors().get("code").fr());
        assertFalse(wrong.finished());

        RunState right = back.fill("code", code).press("valider-code").state();
        assertEquals(new PageRef("caf", "tableau-de-bord"), right.page());
        assertEquals(RunState.Outcome.REACHED, right.outcome());
    }

    @Test
    void sending_the_code_again_makes_only_the_newest_code_valid() {
        Run twice = backWithTheCode(Mode.HINTS).press("envoyer-code");
        List<Message> mailbox = twice.state().mailbox();
        assertEquals(2, mailbox.size());
        assertEquals(List.of(), twice.state().mistakes(), "sending again is no mistake");
        String newest = mailbox.get(0).code();
        String oldest = mailbox.get(1).code();
        assertNotEquals(newest, oldest);
        assertFalse(twice.fill("code", oldest).press("valider-code").state().finished());
        assertTrue(twice.fill("code", newest).press("valider-code").state().finished());
    }

    @Test
    void a_hint_is_given_on_request_in_the_hints_mode_and_counted() {
        RunState state = start(Mode.HINTS).askHint().askHint().state();
        assertEquals("Le bouton « Mon Compte » est en haut de la page.", state.hint().orElseThrow().fr());
        assertEquals(2, state.hintsUsed());
        assertTrue(state.guidance().isEmpty(), "nothing is highlighted in the hints mode");
        RunState done = ExpectedPath.play(sandbox, start(Mode.HINTS).askHint()).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 1), done.result().orElseThrow());
    }

    @Test
    void the_alone_mode_shows_nothing_until_the_end_then_the_result_and_each_mistake_explained() {
        Run run = atIdentification(Mode.ALONE).fill("nir", ALLOCATAIRE).askHint();
        RunState playing = run.state();
        assertTrue(playing.guidance().isEmpty());
        assertTrue(playing.hint().isEmpty());
        assertEquals(0, playing.hintsUsed(), "no hint in the alone mode");
        assertTrue(playing.mistakeFeedback().isEmpty());
        assertTrue(playing.debrief().isEmpty());

        RunState oneMistake = ExpectedPath.play(sandbox, run).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 1, 0), oneMistake.result().orElseThrow(),
                "the scenario allows one mistake when alone");
        assertTrue(oneMistake.debrief().get(0).feedback().fr().startsWith("C'est le numéro d'allocataire."));

        RunState twoMistakes = ExpectedPath.play(sandbox, run.press("mot-de-passe-oublie").fill("nir", "1")).state();
        assertFalse(twoMistakes.result().orElseThrow().passed());
        assertEquals(3, twoMistakes.debrief().size());
    }

    @Test
    void typing_a_real_looking_social_security_number_gets_a_reminder_and_is_not_kept() {
        String realLooking = "1 84 05 75 123 456"; // a real month (05), not the SPECIMEN month 13
        Run run = atIdentification(Mode.GUIDED).fill("nir", realLooking);
        RunState state = run.state();
        assertTrue(state.reminder().orElseThrow().fr().contains("Karim FICTIF"), state.reminder().toString());
        assertFalse(state.values().containsKey("nir"));
        assertEquals(List.of(), state.mistakes(), "a reminder, not a validation pass nor a mistake");
        assertEquals(new Action.Fill("nir", null, true), run.trace().get(run.trace().size() - 1),
                "the trace never keeps it");
    }

    @Test
    void typing_a_card_number_gets_the_same_reminder() {
        RunState state = backWithTheCode(Mode.HINTS).fill("code", "4970 1012 3456 7893").state();
        assertTrue(state.reminder().isPresent());
        assertFalse(state.values().containsKey("code"));
    }

    @Test
    void the_persona_s_specimen_numbers_are_never_taken_for_real_data() {
        for (Persona persona : sandbox.personas().values()) {
            persona.data().forEach((key, value) ->
                    assertFalse(RealData.looksReal(value), persona.id() + "." + key + " = " + value));
        }
    }
}
