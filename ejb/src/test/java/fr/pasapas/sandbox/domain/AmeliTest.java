package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ameli replica (REPLICAS.md §3) played with the mistakes its scenarios name: Jeanne's and Aminata's. */
class AmeliTest {

    private static final String CREATE = "ameli-creer-compte";
    private static final String PAYMENTS = "ameli-remboursements";
    private static final String CEAM = "ameli-carte-europeenne";
    private static final String VITALE_SERIAL = "99999999019";
    private static final String IBAN = "FR76 9999 9999 9999 9999 9999 901";
    private static final String IBAN_ONE_DIGIT_WRONG = "FR76 9999 9999 9999 9999 9999 911";

    private final Sandbox sandbox = RealContent.sandbox();

    private Run start(String scenario, Mode mode) {
        return sandbox.start(scenario, mode, 2026L);
    }

    /** The scenario's expected steps from {@code from} on, played right, as {@link ExpectedPath} does. */
    private Run playFrom(Run run, int from) {
        return ExpectedPath.playFrom(sandbox, run, from);
    }

    private static int indexOf(Run run, String target) {
        List<ExpectedAction> path = run.scenario().path();
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).target().equals(target)) {
                return i;
            }
        }
        throw new AssertionError(target + " is not a step of " + run.scenario().id());
    }

    @Test
    void the_vitale_serial_typed_as_the_nir_gets_its_own_feedback_and_undo_takes_it_back() {
        Run mistaken = start(CREATE, Mode.HINTS).press("creer-compte").fill("creation-nir", VITALE_SERIAL);
        RunState state = mistaken.state();
        assertEquals(1, state.mistakes().size());
        assertTrue(state.mistakeFeedback().orElseThrow().fr().startsWith("C'est le numéro de série de la carte."),
                state.mistakeFeedback().toString());

        Run undone = mistaken.undo();
        assertEquals(List.of(), undone.state().mistakes());
        assertEquals("creation-nir", undone.state().next().orElseThrow().target());
        RunState done = playFrom(undone, 1).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    @Test
    void an_iban_with_one_wrong_digit_is_refused_by_the_site_and_the_corrected_one_leads_on() {
        Run atProof = ExpectedPath.playSteps(sandbox, start(CREATE, Mode.GUIDED), 4);
        assertEquals(new PageRef("ameli", "creation-preuve"), atProof.state().page());

        Run refused = atProof.fill("iban", IBAN_ONE_DIGIT_WRONG).fill("numero-serie", VITALE_SERIAL)
                .press("preuve-continuer");
        RunState state = refused.state();
        assertEquals(new PageRef("ameli", "creation-preuve"), state.page(), "the site keeps Jeanne on the page");
        assertEquals("Cet IBAN ne correspond pas à celui connu de votre caisse.", state.siteErrors().get("iban").fr());
        assertEquals(1, state.mistakes().size(), "the wrong IBAN, sent with «Continuer»: one mistake");
        assertTrue(state.mistakes().get(0).feedback().fr().startsWith("Ce n'est pas l'IBAN de Jeanne."));
        assertEquals("iban", state.guidance().orElseThrow().element(), "the guided mode points back at the IBAN");

        Run corrected = refused.fill("iban", IBAN).press("preuve-continuer");
        assertEquals(new PageRef("ameli", "creation-coordonnees"), corrected.state().page());
        RunState done = playFrom(corrected, indexOf(corrected, "creation-email")).state();
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals(new PageRef("ameli", "compte-cree"), done.page());
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 1, 0), done.result().orElseThrow(),
                "the guided mode passes, the mistake counted once");
    }

    @Test
    void the_activation_code_arrives_in_jeanne_s_webmail_and_only_that_code_activates_the_account() {
        Run run = start(CREATE, Mode.HINTS);
        Run back = ExpectedPath.playSteps(sandbox, run, indexOf(run, "code-activation"));
        RunState state = back.state();
        assertEquals(new PageRef("ameli", "creation-activation"), state.page());
        Message message = state.mailbox().get(0);
        assertEquals("activation-ameli", message.id());
        assertTrue(message.body().fr().contains(message.code()), message.body().fr());

        String other = message.code().equals("123456") ? "654321" : "123456";
        RunState wrong = back.fill("code-activation", other).press("activer-compte").state();
        assertEquals("Ce code n'est pas le bon.", wrong.siteErrors().get("code-activation").fr());
        assertFalse(wrong.finished());
        assertTrue(back.fill("code-activation", message.code()).press("activer-compte").state().finished());
    }

    @Test
    void the_payment_made_on_the_day_of_care_is_not_the_right_line_and_undo_lets_jeanne_pick_again() {
        Run run = start(PAYMENTS, Mode.HINTS);
        Run list = ExpectedPath.playSteps(sandbox, run, indexOf(run, "paiement-05-09"));
        assertEquals(new PageRef("ameli", "paiements"), list.state().page());

        Run wrongLine = list.press("paiement-02-09");
        assertTrue(wrongLine.state().mistakeFeedback().orElseThrow().fr()
                .startsWith("Le 02/09/2025 est ici la date du virement."), wrongLine.state().mistakeFeedback().toString());
        assertEquals(new PageRef("ameli", "paiements"), wrongLine.state().page());

        Run undone = wrongLine.undo();
        assertEquals(List.of(), undone.state().mistakes());
        RunState done = undone.press("paiement-05-09").press("telecharger-releve").state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    @Test
    void alone_one_mistake_on_the_ceam_still_passes_and_two_fail_with_each_one_explained() {
        Run oneMistake = start(CEAM, Mode.ALONE).press("mes-demarches").press("commander-ceam")
                .choose("depart-15-jours", "non");
        assertTrue(oneMistake.state().mistakeFeedback().isEmpty(), "nothing is said while alone");

        Run corrected = oneMistake.choose("depart-15-jours", "oui").press("ceam-continuer");
        RunState passed = corrected.press("ceam-confirmer").press("telecharger-certificat").state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 1, 0), passed.result().orElseThrow());
        assertTrue(passed.debrief().get(0).feedback().fr().startsWith("Aminata part dans 10 jours."));

        RunState failed = corrected.press("modifier-adresse").press("ceam-confirmer").press("telecharger-certificat")
                .state();
        assertEquals(new RunState.Result(false, RunState.Outcome.REACHED, 2, 0), failed.result().orElseThrow());
        assertEquals("L'adresse est la bonne. C'est la nouvelle adresse d'Aminata. Touchez « Confirmer ma commande ».",
                failed.debrief().get(1).feedback().fr());
    }
}
