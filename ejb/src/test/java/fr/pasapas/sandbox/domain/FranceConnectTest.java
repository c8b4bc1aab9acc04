package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** FranceConnect (REPLICAS.md §6): from a service to a provider's login and back, and the wrong provider first. */
class FranceConnectTest {

    private static final String WRONG_PROVIDER = "franceconnect-mauvais-compte";
    private static final String WITH_IMPOTS = "franceconnect-impots";

    private final Sandbox sandbox = RealContent.sandbox();

    private Run choosing(Mode mode) {
        return sandbox.start(WRONG_PROVIDER, mode, 11L).press("ameli-franceconnect");
    }

    /** Lucie on impots.gouv.fr as a provider, code e-mailed, message read, back on the tax site's code page. */
    private static Run backWithTheCode(Run atImpots) {
        return atImpots.fill("impots-fc-numero-fiscal", "30 99 999 999 905").press("impots-fc-continuer")
                .fill("impots-fc-mot-de-passe", "Pacs-14-juin").press("impots-fc-connexion")
                .press("impots-fc-recevoir-code").open("messagerie").press("code-impots").open("impots-connexion");
    }

    private String domainOf(RunState state) {
        return sandbox.site(state.page().site()).orElseThrow().domain();
    }

    @Test
    void la_poste_where_lucie_has_no_account_is_a_mistake_she_recovers_from_without_restarting() {
        Run wrong = choosing(Mode.HINTS).press("ameli-via-laposte");
        RunState state = wrong.state();
        assertEquals(new PageRef("franceconnect", "choix-ameli"), state.page(), "a dead end: she stays on the choice");
        assertEquals("Lucie n'a pas de compte La Poste. Sans compte, impossible d'entrer. Choisissez « impots.gouv.fr ».",
                state.mistakeFeedback().orElseThrow().fr());

        Run recovered = wrong.press("ameli-via-impots");
        assertEquals(new PageRef("impots-connexion", "pour-franceconnect"), recovered.state().page());
        RunState done = ExpectedPath.play(sandbox, recovered).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 1, 0), done.result().orElseThrow());
        assertEquals(new PageRef("ameli-connexion", "espace"), done.page());
    }

    @Test
    void undo_takes_the_wrong_provider_back() {
        Run undone = choosing(Mode.GUIDED).press("ameli-via-laposte").undo();
        assertEquals(List.of(), undone.state().mistakes());
        assertEquals("ameli-via-impots", undone.state().guidance().orElseThrow().element());
        assertEquals(choosing(Mode.GUIDED).state(), undone.state());
    }

    @Test
    void alone_one_wrong_provider_still_passes_two_mistakes_fail_and_each_is_explained_at_the_end() {
        Run one = choosing(Mode.ALONE).press("ameli-via-laposte");
        assertTrue(one.state().mistakeFeedback().isEmpty());
        assertTrue(ExpectedPath.play(sandbox, one).state().result().orElseThrow().passed());

        RunState two = ExpectedPath.play(sandbox, one.press("ameli-via-france-identite")).state();
        assertFalse(two.result().orElseThrow().passed());
        assertEquals(List.of(
                "Lucie n'a pas de compte La Poste. Sans compte, impossible d'entrer. Choisissez « impots.gouv.fr ».",
                "France Identité demande la nouvelle carte d'identité. Lucie ne l'a pas. Choisissez « impots.gouv.fr »."),
                two.debrief().stream().map(mistake -> mistake.feedback().fr()).toList());
    }

    @Test
    void the_address_bar_goes_from_ameli_to_franceconnect_to_impots_and_back_to_ameli() {
        Run run = sandbox.start(WITH_IMPOTS, Mode.GUIDED, 11L);
        assertEquals("ameli.fr", domainOf(run.state()));
        run = run.press("ameli-compte").press("ameli-creer-compte").press("ameli-creer-franceconnect");
        assertEquals("franceconnect.gouv.fr", domainOf(run.state()));
        run = run.press("ameli-via-impots");
        assertEquals("impots.gouv.fr", domainOf(run.state()));
        RunState done = ExpectedPath.play(sandbox, sandbox.start(WITH_IMPOTS, Mode.GUIDED, 11L)).state();
        assertEquals(new PageRef("ameli-connexion", "espace"), done.page());
        assertEquals("ameli.fr", domainOf(done));
    }

    @Test
    void the_tax_site_e_mails_its_code_to_lucie_and_accepts_only_that_code() {
        Run back = backWithTheCode(choosing(Mode.HINTS).press("ameli-via-impots"));
        RunState state = back.state();
        assertEquals(new PageRef("impots-connexion", "pour-franceconnect-code"), state.page());
        Message message = state.mailbox().get(0);
        assertEquals("code-impots", message.id());
        assertTrue(message.body().fr().contains(message.code()), message.body().fr());

        String other = message.code().equals("123456") ? "654321" : "123456";
        RunState wrong = back.fill("impots-fc-code", other).press("impots-fc-valider").state();
        assertEquals(new PageRef("impots-connexion", "pour-franceconnect-code"), wrong.page());
        assertEquals("Ce code n'est pas le bon.", wrong.siteErrors().get("impots-fc-code").fr());
        assertEquals("Ce n'est pas le code du message. Relisez le message des impôts.",
                back.fill("impots-fc-code", other).state().mistakeFeedback().orElseThrow().fr());

        RunState right = back.fill("impots-fc-code", message.code()).press("impots-fc-valider").state();
        assertEquals(new PageRef("franceconnect", "retour-ameli"), right.page());
    }

    @Test
    void asking_for_a_new_code_is_no_mistake_and_makes_the_old_one_useless() {
        Run twice = backWithTheCode(choosing(Mode.HINTS).press("ameli-via-impots")).press("impots-fc-recevoir-code");
        List<Message> mailbox = twice.state().mailbox();
        assertEquals(2, mailbox.size());
        assertEquals(List.of(), twice.state().mistakes());
        assertNotEquals(mailbox.get(0).code(), mailbox.get(1).code());
        assertFalse(twice.fill("impots-fc-code", mailbox.get(1).code()).press("impots-fc-valider")
                .state().page().site().equals("franceconnect"));
        assertEquals(new PageRef("franceconnect", "retour-ameli"), twice.fill("impots-fc-code",
                mailbox.get(0).code()).press("impots-fc-valider").state().page());
    }

    @Test
    void jeanne_typing_her_social_security_number_or_her_access_number_for_the_tax_site_gets_told_which_it_is() {
        Run atImpots = sandbox.start(WITH_IMPOTS, Mode.HINTS, 11L).press("ameli-compte").press("ameli-creer-compte")
                .press("ameli-creer-franceconnect").press("ameli-via-impots");
        assertTrue(atImpots.fill("impots-fc-numero-fiscal", "2 53 13 99 999 901").state().mistakeFeedback()
                .orElseThrow().fr().startsWith("C'est le numéro de sécurité sociale."));
        assertTrue(atImpots.fill("impots-fc-numero-fiscal", "9 999 901").state().mistakeFeedback()
                .orElseThrow().fr().startsWith("C'est le numéro d'accès en ligne."));
        RunState refused = atImpots.fill("impots-fc-numero-fiscal", "9 999 901").press("impots-fc-continuer")
                .state();
        assertEquals("Le numéro fiscal a 13 chiffres.", refused.siteErrors().get("impots-fc-numero-fiscal").fr());
    }

    @Test
    void cancelling_on_the_franceconnect_return_page_goes_back_to_the_service_and_the_learner_can_go_round_again() {
        Run cancelled = ExpectedPath.playSteps(sandbox, sandbox.start("franceconnect-ameli", Mode.HINTS, 11L), 6)
                .press("annuler-impots");
        assertEquals(new PageRef("impots-connexion", "connexion"), cancelled.state().page());
        assertEquals("« Annuler et revenir au site » vous ramène au site de départ. Ici, touchez « Continuer vers impots.gouv.fr ».",
                cancelled.state().mistakeFeedback().orElseThrow().fr());
        RunState done = cancelled.press("impots-franceconnect").press("impots-via-ameli").press("ameli-fc-me-connecter")
                .press("continuer-vers-impots").state();
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals(1, done.mistakes().size(), "going round again is no new mistake: the fields kept their values");
        assertEquals(new PageRef("impots-connexion", "espace"), done.page());
    }

    @Test
    void each_service_names_itself_on_the_franceconnect_choice_and_its_return_leads_back_to_it() {
        Site franceconnect = sandbox.site("franceconnect").orElseThrow();
        for (String service : List.of("ants", "ameli", "impots")) {
            Page choice = franceconnect.page("choix-" + service).orElseThrow();
            assertTrue(choice.blocks().stream().noneMatch(b -> (service + "-via-" + service).equals(b.id())),
                    "a service is not its own provider");
            Page back = franceconnect.page("retour-" + service).orElseThrow();
            PageRef to = back.block("continuer-vers-" + service).orElseThrow().destination().orElseThrow();
            assertTrue(to.site().startsWith(service), to.toString());
        }
    }

    @Test
    void one_provider_login_serves_every_service_and_leads_back_to_franceconnect_s_page_for_the_service_that_called() {
        Scenario ants = sandbox.scenario("ants-carte-grise-adresse").orElseThrow();
        Run toAnts = sandbox.start(ants.id(), Mode.HINTS, 11L);
        assertEquals(new PageRef("ameli-connexion", "pour-franceconnect"),
                ExpectedPath.playSteps(sandbox, toAnts, ScreenText.stepsBefore(ants, "ameli-fc-nir")).state().page());
        assertEquals(new PageRef("franceconnect", "retour-ants"), ExpectedPath.playSteps(sandbox, toAnts,
                ScreenText.stepsBefore(ants, "continuer-vers-ants")).state().page());

        Scenario impots = sandbox.scenario("franceconnect-ameli").orElseThrow();
        Run toImpots = sandbox.start(impots.id(), Mode.HINTS, 11L);
        assertEquals(new PageRef("ameli-connexion", "pour-franceconnect"),
                ExpectedPath.playSteps(sandbox, toImpots, ScreenText.stepsBefore(impots, "ameli-fc-nir")).state().page());
        assertEquals(new PageRef("franceconnect", "retour-impots"), ExpectedPath.playSteps(sandbox, toImpots,
                ScreenText.stepsBefore(impots, "continuer-vers-impots")).state().page());
    }

    @Test
    void annuler_goes_back_to_the_service_page_the_learner_pressed_franceconnect_on() {
        Scenario creating = sandbox.scenario(WITH_IMPOTS).orElseThrow();
        Run atReturn = ExpectedPath.playSteps(sandbox, sandbox.start(WITH_IMPOTS, Mode.HINTS, 11L),
                ScreenText.stepsBefore(creating, "continuer-vers-ameli"));
        assertEquals(new PageRef("franceconnect", "retour-ameli"), atReturn.state().page());
        assertEquals(new PageRef("ameli-connexion", "creer-compte"), atReturn.press("annuler-ameli").state().page(),
                "Jeanne pressed FranceConnect on «Créer un compte»");
    }
}
