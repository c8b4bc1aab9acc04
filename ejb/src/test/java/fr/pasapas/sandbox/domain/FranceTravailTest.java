package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The France Travail replica (REPLICAS.md §4) played with the traps its scenarios name: Karim's actualisation and CV. */
class FranceTravailTest {

    private static final String UPDATE = "france-travail-actualisation";
    private static final String CV = "france-travail-cv";
    private static final String NIR = "1 84 13 99 999 902";
    private static final String IDENTIFIANT = "SPEC9902X";
    private static final String PASSWORD = "Yanis-Foot-9";

    private final Sandbox sandbox = RealContent.sandbox();

    private Run start(String scenario, Mode mode) {
        return sandbox.start(scenario, mode, 2026L);
    }

    /** Logged in, on the first question of the March 2025 actualisation. */
    private Run atFirstQuestion(Mode mode) {
        return start(UPDATE, mode).press("se-connecter").fill("identifiant", IDENTIFIANT)
                .fill("ft-mot-de-passe", PASSWORD).press("ft-connexion").press("m-actualiser");
    }

    /** The rest of the actualisation, answered right. */
    private static Run afterTheWorkQuestion(Run run) {
        return run.press("travail-continuer").fill("heures", "70").fill("salaire-brut", "840")
                .press("activite-continuer").choose("autre-situation", "non").choose("toujours-recherche", "oui")
                .press("situation-continuer").press("valider-actualisation").press("telecharger-accuse-actualisation");
    }

    @Test
    void answering_non_to_avez_vous_travaille_is_the_key_mistake_with_its_feedback_and_undo_takes_it_back() {
        Run mistaken = atFirstQuestion(Mode.HINTS).choose("a-travaille", "non");
        RunState state = mistaken.state();
        assertEquals(1, state.mistakes().size());
        assertTrue(state.mistakeFeedback().orElseThrow().fr().startsWith("Karim a travaillé 70 heures en mars"),
                state.mistakeFeedback().toString());

        Run undone = mistaken.undo();
        assertEquals(List.of(), undone.state().mistakes());
        assertEquals(atFirstQuestion(Mode.HINTS).state(), undone.state());
        RunState done = afterTheWorkQuestion(undone.choose("a-travaille", "oui")).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
        assertEquals(new PageRef("france-travail", "actualisation-confirmation"), done.page());
    }

    @Test
    void choosing_oui_after_non_answers_the_question_and_the_run_goes_on() {
        RunState state = atFirstQuestion(Mode.GUIDED).choose("a-travaille", "non").choose("a-travaille", "oui")
                .state();
        assertEquals(1, state.mistakes().size(), "the first answer stays counted");
        assertEquals("travail-continuer", state.guidance().orElseThrow().element());
    }

    @Test
    void the_net_amount_typed_as_the_gross_one_gets_its_feedback_and_the_site_refuses_the_cents() {
        Run activity = atFirstQuestion(Mode.HINTS).choose("a-travaille", "oui").press("travail-continuer")
                .fill("heures", "70");
        Run net = activity.fill("salaire-brut", "652,41");
        assertTrue(net.state().mistakeFeedback().orElseThrow().fr().startsWith("C'est le montant net social."),
                net.state().mistakeFeedback().toString());

        RunState refused = net.press("activite-continuer").state();
        assertEquals(new PageRef("france-travail", "actualisation-activite"), refused.page());
        assertEquals("Écrivez le montant en euros, sans les centimes.", refused.siteErrors().get("salaire-brut").fr());

        Run corrected = net.fill("salaire-brut", "840").press("activite-continuer");
        assertEquals(new PageRef("france-travail", "actualisation-situation"), corrected.state().page());
        assertEquals(1, corrected.state().mistakes().size());
    }

    @Test
    void the_nir_typed_as_the_france_travail_identifier_is_explained_and_refused_by_the_site() {
        Run run = start(UPDATE, Mode.HINTS).press("se-connecter").fill("identifiant", NIR);
        assertEquals("C'est le numéro de sécurité sociale. Ici, il faut l'identifiant France Travail.",
                run.state().mistakeFeedback().orElseThrow().fr());
        RunState refused = run.fill("ft-mot-de-passe", PASSWORD).press("ft-connexion").state();
        assertEquals(new PageRef("france-travail", "connexion"), refused.page());
        assertEquals("Identifiant ou mot de passe incorrect.", refused.siteErrors().get("identifiant").fr());
    }

    @Test
    void alone_non_to_the_last_question_and_non_to_work_fail_the_actualisation_and_the_debrief_explains_both() {
        Run run = atFirstQuestion(Mode.ALONE).choose("a-travaille", "non").choose("a-travaille", "oui")
                .press("travail-continuer").fill("heures", "70").fill("salaire-brut", "840")
                .press("activite-continuer").choose("autre-situation", "non").choose("toujours-recherche", "non");
        assertTrue(run.state().mistakeFeedback().isEmpty(), "nothing is said while alone");

        RunState done = run.choose("toujours-recherche", "oui").press("situation-continuer")
                .press("valider-actualisation").press("telecharger-accuse-actualisation").state();
        assertEquals(new RunState.Result(false, RunState.Outcome.REACHED, 2, 0), done.result().orElseThrow(),
                "the scenario allows 1 mistake when alone");
        assertTrue(done.debrief().get(1).feedback().fr().startsWith("Avec « Non », Karim n'est plus inscrit"),
                done.debrief().toString());

        RunState oneMistake = afterTheWorkQuestion(atFirstQuestion(Mode.ALONE).choose("a-travaille", "non")
                .choose("a-travaille", "oui")).state();
        assertTrue(oneMistake.result().orElseThrow().passed());
    }

    @Test
    void the_wrong_file_in_the_cv_picker_is_a_mistake_and_the_right_one_is_saved() {
        Run picker = start(CV, Mode.HINTS).press("se-connecter").fill("identifiant", IDENTIFIANT)
                .fill("ft-mot-de-passe", PASSWORD).press("ft-connexion").press("mon-profil").press("ajouter-cv");
        assertEquals(new PageRef("france-travail", "ajout-cv"), picker.state().page());

        Run payslip = picker.choose("fichier-cv", "bulletin-mars");
        assertTrue(payslip.state().mistakeFeedback().orElseThrow().fr().startsWith("C'est la fiche de paie de Karim."));
        assertTrue(payslip.undo().state().mistakes().isEmpty());

        RunState saved = payslip.undo().choose("fichier-cv", "cv-karim").choose("visibilite-cv", "oui")
                .press("enregistrer-cv").state();
        assertEquals(new PageRef("france-travail", "cv-enregistre"), saved.page());
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), saved.result().orElseThrow());

        RunState alone = sandbox.start(CV, Mode.ALONE, 2026L).press("se-connecter").fill("identifiant", IDENTIFIANT)
                .fill("ft-mot-de-passe", PASSWORD).press("ft-connexion").press("mon-profil").press("ajouter-cv")
                .choose("fichier-cv", "photo-floue").choose("fichier-cv", "document1").choose("fichier-cv", "cv-karim")
                .choose("visibilite-cv", "oui").press("enregistrer-cv").state();
        assertFalse(alone.result().orElseThrow().passed(), "2 wrong files, 1 mistake allowed");
        assertEquals(2, alone.debrief().size());
    }

    @Test
    void non_to_avez_vous_travaille_skips_the_page_of_hours_as_the_real_site_does() {
        RunState state = atFirstQuestion(Mode.HINTS).choose("a-travaille", "non").press("travail-continuer").state();
        assertEquals(new PageRef("france-travail", "actualisation-situation"), state.page());
        assertEquals(1, state.mistakes().size(), "the answer is the mistake, sending it is not another one");
        assertEquals(new PageRef("france-travail", "actualisation-activite"),
                atFirstQuestion(Mode.HINTS).choose("a-travaille", "oui").press("travail-continuer").state().page());
    }

    @Test
    void verifier_et_valider_shows_karim_s_answers() {
        Run answered = atFirstQuestion(Mode.HINTS).choose("a-travaille", "oui").press("travail-continuer")
                .fill("heures", "70").fill("salaire-brut", "840").press("activite-continuer")
                .choose("autre-situation", "non").choose("toujours-recherche", "oui").press("situation-continuer");
        RunState state = answered.state();
        assertEquals(new PageRef("france-travail", "actualisation-recapitulatif"), state.page());
        assertEquals(List.of("Question | Votre réponse", "Avez-vous travaillé en mars 2025 ? | Oui",
                "Heures travaillées | 70", "Salaire brut | 840 €",
                "Formation, arrêt maladie, congé maternité ou paternité ? | Non",
                "Toujours à la recherche d'un emploi ? | Oui"), ScreenText.rows(state));
    }
}
