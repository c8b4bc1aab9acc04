package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CAF procedures after the login (REPLICAS.md §1.2–§1.4), played with the mistakes REPLICAS names: the brut
 * instead of the «montant net social», the wrong file, the pre-filled amount left as it is, «Mois en cours», the
 * old address.
 */
class CafProceduresTest {

    private static final String DTR = "caf-declaration-trimestrielle";
    private static final String ADRESSE = "caf-changement-adresse";
    private static final String ATTESTATION = "caf-attestation-paiement";
    /** Steps of the DTR before the amount of March: up to «Modifier le salaire de mars 2025». */
    private static final int BEFORE_AMOUNT = 6;

    private final Sandbox sandbox = RealContent.sandbox();

    /** Plays the expected path from step {@code first} to the end, as a learner who now does each step right. */
    private Run finish(Run run, int first) {
        return ExpectedPath.playFrom(sandbox, run, first);
    }

    private Run atAmount(Mode mode) {
        return ExpectedPath.playSteps(sandbox, sandbox.start(DTR, mode, 2026L), BEFORE_AMOUNT);
    }

    @Test
    void the_dtr_starts_on_the_logged_in_dashboard_and_the_march_amount_is_on_its_own_page() {
        RunState state = atAmount(Mode.GUIDED).state();
        assertEquals(new PageRef("caf", "dtr-modifier"), state.page());
        assertEquals("montant-mars", state.guidance().orElseThrow().element());
        assertEquals(List.of(), state.mistakes());
    }

    @Test
    void typing_the_brut_instead_of_the_montant_net_social_gets_its_own_feedback_and_undo_takes_it_back() {
        Run brut = atAmount(Mode.HINTS).fill("montant-mars", "840,00");
        RunState state = brut.state();
        assertEquals(1, state.mistakes().size());
        assertTrue(state.mistakeFeedback().orElseThrow().fr().startsWith("C'est le salaire brut."),
                state.mistakeFeedback().toString());
        assertEquals("C'est le salaire brut.", feedbackStart(atAmount(Mode.HINTS).fill("montant-mars", "840")),
                "the brut without cents is recognised too");

        Run undone = brut.undo();
        assertEquals(List.of(), undone.state().mistakes());
        assertEquals(atAmount(Mode.HINTS).state(), undone.state());
        RunState done = finish(undone, BEFORE_AMOUNT).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    private static String feedbackStart(Run run) {
        String feedback = run.state().mistakeFeedback().orElseThrow().fr();
        return feedback.substring(0, feedback.indexOf('.') + 1);
    }

    @Test
    void leaving_the_wrong_pre_filled_amount_is_a_mistake_that_says_what_the_payslip_says() {
        Run run = ExpectedPath.playSteps(sandbox, sandbox.start(DTR, Mode.GUIDED, 2026L), BEFORE_AMOUNT - 1);
        Run skipped = run.press("dtr-continuer-ressources");
        RunState state = skipped.state();
        assertEquals(new PageRef("caf", "dtr-autres"), state.page(), "the site lets it go on");
        assertTrue(state.mistakeFeedback().orElseThrow().fr().contains("652,41 €"), state.mistakeFeedback().toString());
        assertEquals("modifier-salaire-mars", state.guidance().orElseThrow().element());
        assertEquals(new PageRef("caf", "dtr-ressources"), skipped.undo().state().page());
    }

    @Test
    void the_wrong_file_as_justificatif_is_a_mistake_and_the_site_refuses_an_amount_written_badly() {
        RunState wrongFile = atAmount(Mode.HINTS).choose("justificatif-mars", "attestation-caf").state();
        assertEquals("L'attestation CAF ne prouve pas le salaire. Choisissez la fiche de paie de mars.",
                wrongFile.mistakeFeedback().orElseThrow().fr());

        RunState badlyWritten = atAmount(Mode.HINTS).fill("montant-mars", "652,41 €")
                .choose("justificatif-mars", "fiche-paie-mars").press("enregistrer-montant").state();
        assertEquals(new PageRef("caf", "dtr-modifier"), badlyWritten.page());
        assertEquals("Écrivez seulement le montant, avec une virgule. Par exemple : 120,50.",
                badlyWritten.siteErrors().get("montant-mars").fr());
    }

    @Test
    void alone_one_mistake_still_passes_but_two_do_not() {
        Run oneMistake = atAmount(Mode.ALONE).fill("montant-mars", "840,00");
        RunState one = finish(oneMistake, BEFORE_AMOUNT).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 1, 0), one.result().orElseThrow());
        assertTrue(one.debrief().get(0).feedback().fr().startsWith("C'est le salaire brut."));

        Run twoMistakes = oneMistake.choose("justificatif-mars", "cv-karim");
        assertTrue(twoMistakes.state().mistakeFeedback().isEmpty(), "nothing is said while playing alone");
        RunState two = finish(twoMistakes, BEFORE_AMOUNT).state();
        assertEquals(RunState.Outcome.REACHED, two.outcome());
        assertFalse(two.result().orElseThrow().passed());
        assertEquals(2, two.debrief().size());
    }

    @Test
    void the_move_typed_with_the_old_address_is_a_mistake_and_a_short_postcode_is_refused_by_the_site() {
        Run profile = sandbox.start(ADRESSE, Mode.GUIDED, 1L).press("mon-profil").press("modifier-adresse");
        RunState old = profile.fill("adresse-voie", "5 impasse du Vieux-Modèle").state();
        assertEquals("C'est l'ancienne adresse. Écrivez la nouvelle, celle du bail.",
                old.mistakeFeedback().orElseThrow().fr());

        RunState shortPostcode = profile.fill("adresse-voie", "7 allée des Coquelicots-Imaginaires")
                .fill("adresse-complement", "appt 12").fill("adresse-code-postal", "9999")
                .fill("adresse-commune", "Saint-Exemple").fill("date-emmenagement", "01/10/2025")
                .press("continuer-adresse").state();
        assertEquals(new PageRef("caf", "nouvelle-adresse"), shortPostcode.page());
        assertEquals("Le code postal a 5 chiffres.", shortPostcode.siteErrors().get("adresse-code-postal").fr());
        assertEquals(1, shortPostcode.mistakes().size(), "the wrong postcode, sent with «Continuer»: one mistake");
    }

    @Test
    void the_bank_details_button_is_not_the_address_and_undo_lets_the_learner_choose_again() {
        Run wrong = sandbox.start(ADRESSE, Mode.HINTS, 1L).press("mon-profil").press("modifier-coordonnees-bancaires");
        assertEquals("Ce bouton sert à changer de banque. Ici, changez d'abord l'adresse.",
                wrong.state().mistakeFeedback().orElseThrow().fr());
        RunState done = finish(wrong.undo(), 1).state();
        assertTrue(done.result().orElseThrow().passed());
    }

    @Test
    void the_current_month_is_not_the_three_months_the_rental_file_asks_for() {
        Run period = sandbox.start(ATTESTATION, Mode.HINTS, 1L).press("mes-attestations").press("attestation-paiement");
        RunState current = period.choose("periode-attestation", "mois-en-cours").state();
        assertTrue(current.mistakeFeedback().orElseThrow().fr().startsWith("« Mois en cours » donne seulement octobre."));
        RunState october = period.choose("periode-attestation", "autre-periode").choose("mois-debut", "juillet-2025")
                .choose("mois-fin", "octobre-2025").state();
        assertEquals("Octobre n'est pas fini. Le dernier mois complet est septembre 2025.",
                october.mistakeFeedback().orElseThrow().fr());

        RunState done = finish(period.choose("periode-attestation", "mois-en-cours").undo(), 2).state();
        assertEquals(new PageRef("caf", "attestation-document"), done.page());
        assertTrue(done.result().orElseThrow().passed());
    }

    @Test
    void the_march_amount_holds_the_caf_s_wrong_figure_and_sending_it_as_it_is_is_one_mistake() {
        Run atAmount = atAmount(Mode.HINTS);
        assertEquals("752,41", atAmount.state().values().get("montant-mars"));
        RunState sent = atAmount.choose("justificatif-mars", "fiche-paie-mars").press("enregistrer-montant").state();
        assertEquals(1, sent.mistakes().size());
        assertTrue(sent.mistakeFeedback().orElseThrow().fr().startsWith("C'est le montant faux, écrit par la CAF."),
                sent.mistakeFeedback().toString());
        assertEquals("montant-mars", sent.next().orElseThrow().target());
    }

    @Test
    void the_household_names_the_persona_and_the_summaries_show_what_was_written() {
        Scenario dtr = sandbox.scenario(DTR).orElseThrow();
        Run start = sandbox.start(DTR, Mode.HINTS, 2026L);
        RunState household = ExpectedPath.playSteps(sandbox, start, ScreenText.stepsBefore(dtr, "dtr-continuer-foyer"))
                .state();
        assertTrue(ScreenText.rows(household).contains("Karim FICTIF | Allocataire"), ScreenText.rows(household).toString());
        RunState summary = ExpectedPath.playSteps(sandbox, start, ScreenText.stepsBefore(dtr, "valider-dtr")).state();
        assertTrue(ScreenText.rows(summary).containsAll(List.of("Mars 2025 | 652,41 € (modifié, justificatif ajouté)",
                "Autres ressources | Non")), ScreenText.rows(summary).toString());

        Scenario adresse = sandbox.scenario(ADRESSE).orElseThrow();
        RunState moved = ExpectedPath.playSteps(sandbox, sandbox.start(ADRESSE, Mode.HINTS, 2026L),
                ScreenText.stepsBefore(adresse, "valider-adresse")).state();
        assertTrue(ScreenText.rows(moved).containsAll(List.of("Date d'emménagement | 01/10/2025", "Vous êtes | Locataire",
                "Loyer | 520 €")), ScreenText.rows(moved).toString());
    }
}
