package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * impots.gouv (REPLICAS.md §2) played with its likely mistakes: the wrong number in the wrong box, last year's
 * numéro d'accès or RFR, Paul's numéro fiscal, the wrong year's avis, a marriage instead of a PACS.
 */
class ImpotsTest {

    private static final String CREER = "impots-creer-espace";
    private static final String AVIS = "impots-avis-imposition";
    private static final String DECLARER = "impots-declarer-revenus";
    private static final String PACS = "impots-changement-situation";

    private final Sandbox sandbox = RealContent.sandbox();

    private Run finish(Run run, int first) {
        return play(run, first, run.scenario().path().size());
    }

    /** Plays the expected path's steps from {@code first} to {@code end} (excluded). */
    private Run play(Run run, int first, int end) {
        return ExpectedPath.playRange(sandbox, run, first, end);
    }

    /** Jeanne on the creation page, her numéro fiscal accepted. */
    private Run atCreation(Mode mode) {
        return ExpectedPath.playSteps(sandbox, sandbox.start(CREER, mode, 3L), 4);
    }

    @Test
    void the_numero_de_securite_sociale_is_not_the_numero_fiscal_and_the_site_says_it_does_not_know_it() {
        Run run = sandbox.start(CREER, Mode.HINTS, 3L).press("connexion-espace").fill("numero-fiscal", "2 53 13 99 999 901");
        assertTrue(run.state().mistakeFeedback().orElseThrow().fr().startsWith("C'est le numéro de sécurité sociale"));
        RunState refused = run.press("continuer-fiscal").state();
        assertEquals(new PageRef("impots", "connexion"), refused.page());
        assertEquals("Ce numéro fiscal n'est pas reconnu.", refused.siteErrors().get("numero-fiscal").fr());
    }

    @Test
    void the_rfr_of_last_year_gets_its_feedback_the_site_refuses_it_and_undo_takes_both_back() {
        Run wrongYear = atCreation(Mode.GUIDED).fill("numero-acces", "9 999 901").fill("rfr", "13 120");
        assertEquals("C'est le revenu de l'avis de l'an dernier. Prenez le dernier avis d'impôt, celui de 2025.",
                wrongYear.state().mistakeFeedback().orElseThrow().fr());
        Run refused = wrongYear.press("continuer-creation");
        RunState state = refused.state();
        assertEquals(new PageRef("impots", "creation"), state.page());
        assertEquals("Les informations ne correspondent pas. Vérifiez vos numéros.", state.siteErrors().get("rfr").fr());
        assertEquals("rfr", state.guidance().orElseThrow().element(), "the guided mode points back at the RFR");

        Run undone = refused.undo();
        assertEquals(List.of(), undone.state().mistakes());
        RunState done = finish(undone, 4).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    @Test
    void last_year_s_numero_d_acces_is_answered_with_the_newest_one_to_take() {
        RunState state = atCreation(Mode.HINTS).fill("numero-acces", "9999801").state();
        assertTrue(state.mistakeFeedback().orElseThrow().fr().startsWith("C'est le numéro de la déclaration de l'an dernier."),
                state.mistakeFeedback().toString());
    }

    @Test
    void the_space_created_sends_the_activation_e_mail_to_jeanne_s_webmail() {
        Run run = ExpectedPath.playSteps(sandbox, sandbox.start(CREER, Mode.GUIDED, 3L), 13);
        RunState state = run.state();
        assertEquals(new PageRef("messagerie", "reception"), state.page());
        assertEquals("activation-impots", state.mailbox().get(0).id());
        RunState read = run.press("activation-impots").state();
        assertEquals(new PageRef("messagerie", "lecture"), read.page());
        assertEquals(RunState.Outcome.REACHED, read.outcome());
    }

    @Test
    void alone_two_mistakes_pass_when_creating_the_space_but_three_do_not() {
        Run two = atCreation(Mode.ALONE).fill("numero-acces", "9 999 801").fill("rfr", "13 120");
        assertTrue(finish(two, 4).state().result().orElseThrow().passed());
        RunState three = finish(two.fill("rfr", "13 121"), 4).state();
        assertEquals(RunState.Outcome.REACHED, three.outcome());
        assertFalse(three.result().orElseThrow().passed());
        assertEquals(3, three.debrief().size());
    }

    @Test
    void lucie_typing_paul_s_numero_fiscal_is_told_each_one_has_their_own() {
        RunState state = sandbox.start(AVIS, Mode.HINTS, 5L).press("connexion-espace")
                .fill("numero-fiscal", "30 99 999 999 906").state();
        assertEquals("C'est le numéro fiscal de Paul. Chacun a le sien. Prenez celui de Lucie.",
                state.mistakeFeedback().orElseThrow().fr());
    }

    @Test
    void the_login_code_comes_by_e_mail_and_only_the_code_received_opens_the_space() {
        Run back = ExpectedPath.playSteps(sandbox, sandbox.start(AVIS, Mode.HINTS, 5L), 9);
        RunState state = back.state();
        assertEquals(new PageRef("impots", "verification-impots"), state.page());
        String code = state.latestCode().orElseThrow();
        assertTrue(state.mailbox().get(0).body().fr().contains(code));
        String other = code.equals("123456") ? "654321" : "123456";
        assertNotEquals(code, other);
        RunState wrong = back.fill("code-securite", other).press("valider-code-impots").state();
        assertEquals("Ce code n'est pas le bon.", wrong.siteErrors().get("code-securite").fr());
        assertEquals(new PageRef("impots", "espace"),
                back.fill("code-securite", code).press("valider-code-impots").state().page());
    }

    @Test
    void last_year_s_avis_is_a_mistake_and_alone_two_mistakes_fail() {
        Run documents = ExpectedPath.playSteps(sandbox, sandbox.start(AVIS, Mode.HINTS, 5L), 12);
        assertEquals("C'est l'avis de l'an dernier. Le dossier demande le dernier avis, celui de 2025.",
                documents.press("avis-2024").state().mistakeFeedback().orElseThrow().fr());
        assertTrue(finish(documents.press("avis-2024").undo(), 12).state().result().orElseThrow().passed());

        Run alone = ExpectedPath.playSteps(sandbox, sandbox.start(AVIS, Mode.ALONE, 5L), 12)
                .press("declaration-2025").press("avis-2024");
        RunState failed = finish(alone, 12).state();
        assertEquals(RunState.Outcome.REACHED, failed.outcome());
        assertFalse(failed.result().orElseThrow().passed());
    }

    @Test
    void the_pre_filled_salary_alone_misses_the_second_employer() {
        Run revenus = sandbox.start(DECLARER, Mode.HINTS, 1L).press("declarer-revenus").press("continuer-etat-civil");
        assertEquals("C'est le montant déjà écrit. Il manque le 2e employeur. Écrivez le total des 2.",
                revenus.fill("salaires-declares", "7 820").state().mistakeFeedback().orElseThrow().fr());
        assertEquals("C'est le salaire du 2e employeur seulement. Écrivez le total des 2 employeurs.",
                revenus.fill("salaires-declares", "4360").state().mistakeFeedback().orElseThrow().fr());
        RunState done = finish(revenus.fill("salaires-declares", "12180"), 3).state();
        assertTrue(done.result().orElseThrow().passed(), "spaces in the amount do not matter");
    }

    @Test
    void a_marriage_is_not_a_pacs_and_lucie_s_own_numero_fiscal_is_not_paul_s() {
        Run start = sandbox.start(PACS, Mode.GUIDED, 1L).press("gerer-prelevement").press("signaler-changement");
        assertEquals("Lucie et Paul ne sont pas mariés. Ils sont pacsés. Choisissez « Pacs ».",
                start.choose("evenement", "mariage").state().mistakeFeedback().orElseThrow().fr());

        Run partner = ExpectedPath.playSteps(sandbox, sandbox.start(PACS, Mode.GUIDED, 1L), 8);
        Run own = partner.fill("partenaire-numero-fiscal", "30 99 999 999 905");
        assertEquals("C'est le numéro fiscal de Lucie. Il faut celui de Paul, sur son avis d'impôt à lui.",
                own.state().mistakeFeedback().orElseThrow().fr());
        RunState done = finish(own.undo(), 8).state();
        assertEquals(new PageRef("impots", "changement-confirmation"), done.page());
        assertTrue(done.result().orElseThrow().passed());
    }

    @Test
    void alone_three_mistakes_on_the_pacs_fail() {
        Run mistaken = sandbox.start(PACS, Mode.ALONE, 1L).press("gerer-prelevement").press("actualiser-taux").undo()
                .press("signaler-changement").choose("evenement", "mariage").choose("evenement", "pacs")
                .fill("date-evenement", "14/06/2024");
        RunState state = finish(mistaken, 3).state();
        assertEquals(RunState.Outcome.REACHED, state.outcome());
        assertEquals(2, state.result().orElseThrow().mistakes(), "the undone press no longer counts");
        assertTrue(state.result().orElseThrow().passed());

        RunState three = finish(mistaken.choose("evenement", "naissance"), 2).state();
        assertEquals(RunState.Outcome.REACHED, three.outcome());
        assertEquals(3, three.result().orElseThrow().mistakes());
        assertFalse(three.result().orElseThrow().passed());
    }

    @Test
    void the_salary_field_holds_what_the_site_knows_and_sending_it_as_it_is_is_that_value_s_mistake() {
        Run revenus = sandbox.start(DECLARER, Mode.HINTS, 1L).press("declarer-revenus").press("continuer-etat-civil");
        assertEquals("7 820", revenus.state().values().get("salaires-declares"));
        RunState sent = revenus.press("continuer-revenus").state();
        assertEquals(1, sent.mistakes().size(), "left as it is, the pre-filled salary is sent with the page");
        assertEquals("C'est le montant déjà écrit. Il manque le 2e employeur. Écrivez le total des 2.",
                sent.mistakeFeedback().orElseThrow().fr());
    }

    @Test
    void the_pages_show_the_persona_s_name_and_bank_account_and_the_summaries_what_was_declared() {
        Scenario declarer = sandbox.scenario(DECLARER).orElseThrow();
        Run start = sandbox.start(DECLARER, Mode.HINTS, 1L);
        assertTrue(ScreenText.rows(start.press("declarer-revenus").state()).contains("Nom | Aminata DÉMO"));
        RunState summary = ExpectedPath.playSteps(sandbox, start, ScreenText.stepsBefore(declarer, "signer-declaration"))
                .state();
        assertEquals(List.of("Revenus 2024 | Montant déclaré", "Salaires | 12 180 €"), ScreenText.rows(summary));

        Scenario pacs = sandbox.scenario(PACS).orElseThrow();
        Run lucie = sandbox.start(PACS, Mode.HINTS, 1L);
        RunState bank = ExpectedPath.playSteps(sandbox, lucie, ScreenText.stepsBefore(pacs, "compte-foyer")).state();
        assertEquals("Le compte connu : FR76 9999 9999 9999 9999 9999 905", ScreenText.labels(bank, "compte-foyer").get(0));
        int names = ScreenText.stepsBefore(pacs, "partenaire-nom");
        Run typed = ExpectedPath.playSteps(sandbox, lucie, names).fill("partenaire-nom", "SIMULÉ")
                .fill("partenaire-prenom", "Paul");
        RunState changed = play(typed, names + 2, ScreenText.stepsBefore(pacs, "valider-changement")).state();
        assertEquals(List.of("Changement | Pacs du 14/06/2025", "Partenaire | Paul SIMULÉ",
                "Taux | Taux individualisés (un taux pour chacun)"), ScreenText.rows(changed));
    }
}
