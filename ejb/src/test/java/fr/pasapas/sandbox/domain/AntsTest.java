package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ANTS procedures (REPLICAS.md §5.1–5.3) played with the likely mistakes: Gérard's carte grise and licence, Jeanne's card. */
class AntsTest {

    private static final String CARTE_GRISE = "ants-carte-grise-adresse";
    private static final String PRE_DEMANDE = "ants-pre-demande-cni";
    private static final String PERMIS = "ants-permis-perte";

    private final Sandbox sandbox = RealContent.sandbox();

    /** Gérard through FranceConnect and ameli, back on his ANTS space, on the carte grise form. */
    private Run atTheForm(Mode mode) {
        return sandbox.start(CARTE_GRISE, mode, 5L).press("carte-grise").press("ants-franceconnect")
                .press("ants-via-ameli").fill("ameli-fc-nir", "1 62 13 99 999 904")
                .fill("ameli-fc-mot-de-passe", "Peuplier-62").press("ameli-fc-me-connecter")
                .press("continuer-vers-ants").press("cg-changer-adresse");
    }

    private static Run withTheNewAddress(Run run) {
        return run.fill("cg-voie", "21 chemin des Peupliers-Fictifs").fill("cg-code-postal", "99993")
                .fill("cg-commune", "Val-Démo");
    }

    @Test
    void franceconnect_takes_gerard_from_ants_to_ameli_and_back_each_page_on_its_own_site() {
        Run run = sandbox.start(CARTE_GRISE, Mode.GUIDED, 5L).press("carte-grise");
        assertEquals(new PageRef("ants", "connexion"), run.state().page());
        run = run.press("ants-franceconnect");
        assertEquals(new PageRef("franceconnect", "choix-ants"), run.state().page());
        assertEquals("franceconnect.gouv.fr", sandbox.site("franceconnect").orElseThrow().domain());
        run = run.press("ants-via-ameli");
        assertEquals(new PageRef("ameli-connexion", "pour-franceconnect"), run.state().page());
        assertEquals("ameli.fr", sandbox.site("ameli-connexion").orElseThrow().domain());
        run = run.fill("ameli-fc-nir", "1 62 13 99 999 904").fill("ameli-fc-mot-de-passe", "Peuplier-62")
                .press("ameli-fc-me-connecter");
        assertEquals(new PageRef("franceconnect", "retour-ants"), run.state().page());
        run = run.press("continuer-vers-ants");
        assertEquals(new PageRef("ants", "espace"), run.state().page());
        assertEquals(List.of(), run.state().mistakes());
    }

    @Test
    void typing_the_numero_fiscal_on_ameli_gets_its_own_feedback_and_ameli_refuses_it() {
        Run run = sandbox.start(CARTE_GRISE, Mode.HINTS, 5L).press("carte-grise").press("ants-franceconnect")
                .press("ants-via-ameli").fill("ameli-fc-nir", "30 99 999 999 904");
        assertTrue(run.state().mistakeFeedback().orElseThrow().fr().startsWith("C'est le numéro fiscal"),
                run.state().mistakeFeedback().toString());
        RunState refused = run.fill("ameli-fc-mot-de-passe", "Peuplier-62").press("ameli-fc-me-connecter")
                .state();
        assertEquals(new PageRef("ameli-connexion", "pour-franceconnect"), refused.page());
        assertEquals("Numéro de sécurité sociale ou mot de passe incorrect.",
                refused.siteErrors().get("ameli-fc-nir").fr());
        assertEquals(1, refused.mistakes().size(), "the numéro fiscal, sent with «Me connecter»: one mistake");
    }

    @Test
    void a_provider_gerard_has_no_account_with_leads_nowhere_and_says_why_then_he_chooses_ameli() {
        Run wrong = sandbox.start(CARTE_GRISE, Mode.HINTS, 5L).press("carte-grise").press("ants-franceconnect")
                .press("ants-via-laposte");
        assertEquals(new PageRef("franceconnect", "choix-ants"), wrong.state().page());
        assertEquals("Gérard n'a pas de compte La Poste. Choisissez « ameli.fr ».",
                wrong.state().mistakeFeedback().orElseThrow().fr());
        assertEquals(new PageRef("ameli-connexion", "pour-franceconnect"), wrong.press("ants-via-ameli").state().page(),
                "no restart needed: the right tile is on the same page");
    }

    @Test
    void the_registration_number_without_dashes_gets_its_feedback_the_site_refuses_it_and_undo_takes_it_back() {
        Run mistaken = atTheForm(Mode.HINTS).fill("cg-immatriculation", "ZZ999ZZ");
        assertEquals("Écrivez aussi les tirets, comme sur la carte grise : ZZ-999-ZZ.",
                mistaken.state().mistakeFeedback().orElseThrow().fr());

        RunState refused = withTheNewAddress(mistaken).press("cg-continuer").state();
        assertEquals(new PageRef("ants", "cg-formulaire"), refused.page());
        assertEquals("Ce véhicule n'est pas trouvé à votre nom. Vérifiez le numéro.",
                refused.siteErrors().get("cg-immatriculation").fr());

        Run undone = mistaken.undo();
        assertEquals(List.of(), undone.state().mistakes());
        RunState done = withTheNewAddress(undone.fill("cg-immatriculation", "ZZ-999-ZZ")).press("cg-continuer")
                .press("cg-valider").press("cg-telecharger-accuse").state();
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals(new PageRef("ants", "cg-accuse"), done.page());
        assertTrue(done.result().orElseThrow().passed());
    }

    @Test
    void the_address_fields_may_be_filled_in_any_order_and_the_site_checks_the_postcode_format() {
        Run run = atTheForm(Mode.GUIDED).fill("cg-commune", "Val-Démo").fill("cg-immatriculation", "ZZ-999-ZZ")
                .fill("cg-code-postal", "9999").fill("cg-voie", "21 chemin des Peupliers-Fictifs");
        assertEquals(1, run.state().mistakes().size(), "only the 4-digit postcode");
        RunState refused = run.press("cg-continuer").state();
        assertEquals("Le code postal a 5 chiffres.", refused.siteErrors().get("cg-code-postal").fr());
        RunState fixed = run.fill("cg-code-postal", "99993").press("cg-continuer").state();
        assertEquals(new PageRef("ants", "cg-recapitulatif"), fixed.page());
    }

    @Test
    void modifier_on_the_summary_is_a_mistake_but_the_learner_can_go_on_without_undo() {
        Run back = withTheNewAddress(atTheForm(Mode.HINTS).fill("cg-immatriculation", "ZZ-999-ZZ")).press("cg-continuer")
                .press("cg-modifier");
        assertEquals(new PageRef("ants", "cg-formulaire"), back.state().page());
        assertEquals(1, back.state().mistakes().size());
        RunState done = back.press("cg-continuer").press("cg-valider").press("cg-telecharger-accuse").state();
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals(1, done.mistakes().size(), "continuing again is no new mistake");
    }

    @Test
    void alone_two_mistakes_still_pass_and_three_fail() {
        Run two = sandbox.start(CARTE_GRISE, Mode.ALONE, 5L).press("permis").undo().press("carte-grise")
                .press("ants-se-connecter").press("ants-franceconnect").press("ants-via-msa");
        assertTrue(two.state().mistakeFeedback().isEmpty(), "no feedback while playing alone");
        RunState passed = ExpectedPath.play(sandbox, two).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 2, 0), passed.result().orElseThrow());
        assertEquals("Gérard n'a pas de compte ANTS. Il entre avec FranceConnect, grâce à son compte ameli.",
                passed.debrief().get(0).feedback().fr());

        RunState failed = ExpectedPath.play(sandbox, two.press("ants-via-laposte")).state();
        assertEquals(RunState.Outcome.REACHED, failed.outcome());
        assertFalse(failed.result().orElseThrow().passed());
        assertEquals(3, failed.debrief().size());
    }

    @Test
    void no_ants_account_is_accepted_on_the_ants_login_form() {
        RunState state = sandbox.start("franceconnect-ants", Mode.HINTS, 5L).fill("ants-identifiant", "lucie.modele")
                .fill("ants-mot-de-passe", "Pacs-14-juin").press("ants-se-connecter").state();
        assertEquals(new PageRef("ants", "connexion"), state.page());
        assertEquals("Identifiant ou mot de passe incorrect.", state.siteErrors().get("ants-identifiant").fr());
    }

    @Test
    void jeanne_choosing_a_passport_or_a_town_hall_without_a_slot_gets_told_and_the_town_hall_refuses() {
        Run passport = sandbox.start(PRE_DEMANDE, Mode.HINTS, 5L).press("id-pre-demande").choose("id-titre", "passeport");
        assertTrue(passport.state().mistakeFeedback().orElseThrow().fr().startsWith("Jeanne demande une carte d'identité"));
        Run atAppointment = passport.choose("id-titre", "carte-identite").choose("id-motif", "renouvellement")
                .press("id-titre-continuer").fill("id-taille", "1,62").press("id-etat-civil-continuer")
                .press("id-filiation-continuer").press("id-valider").press("id-imprimer").press("id-prendre-rdv");
        assertEquals(1, atAppointment.state().mistakes().size(), "choosing again is no new mistake");

        Run noSlot = atAppointment.choose("id-creneau", "villefictive");
        assertEquals("Villefictive n'a pas d'horaire libre. Choisissez une autre mairie, avec un horaire.",
                noSlot.state().mistakeFeedback().orElseThrow().fr());
        RunState refused = noSlot.fill("id-rdv-numero", "PD-SPECIMEN-0001").press("id-confirmer-rdv").state();
        assertEquals(new PageRef("ants", "id-rendez-vous"), refused.page());
        assertEquals("Cette mairie n'a plus d'horaire libre. Choisissez une autre mairie équipée.",
                refused.siteErrors().get("id-creneau").fr());

        RunState done = noSlot.undo().choose("id-creneau", "bourg-imaginaire").fill("id-rdv-numero", "PD-SPECIMEN-0001")
                .press("id-confirmer-rdv").press("id-telecharger-rdv").state();
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals(new PageRef("ants", "id-rdv-confirme"), done.page());
    }

    @Test
    void a_height_without_the_comma_gets_its_feedback_and_the_site_asks_for_metres() {
        Run run = sandbox.start(PRE_DEMANDE, Mode.GUIDED, 5L).press("id-pre-demande").choose("id-titre", "carte-identite")
                .choose("id-motif", "renouvellement").press("id-titre-continuer").fill("id-taille", "162");
        assertEquals("Écrivez la taille en mètres, avec une virgule : 1,62.", run.state().mistakeFeedback().orElseThrow().fr());
        RunState refused = run.press("id-etat-civil-continuer").state();
        assertEquals(new PageRef("ants", "id-etat-civil"), refused.page());
        assertEquals("id-taille", refused.guidance().orElseThrow().element(), "the guided mode points back at the height");
    }

    @Test
    void gerard_attaching_the_wrong_file_gets_told_which_one_and_the_request_still_goes_through() {
        Run run = sandbox.start(PERMIS, Mode.HINTS, 5L).press("pc-espace-conducteur").press("pc-ajouter-demande")
                .choose("pc-motif", "perte").press("pc-motif-suivant").choose("pc-declaration", "oui")
                .press("pc-perte-suivant").press("pc-etat-civil-suivant").fill("pc-ephoto", "SPEC-EPHOTO-9X9X9X9X9X")
                .press("pc-photo-suivant").choose("pc-justificatif-domicile", "facture-ancienne");
        assertEquals("Cette facture a 1 an. Et c'est l'ancienne adresse. Choisissez la facture du mois dernier.",
                run.state().mistakeFeedback().orElseThrow().fr());
        RunState done = run.choose("pc-justificatif-domicile", "facture-recente").choose("pc-piece-identite", "carte-identite")
                .press("pc-pieces-suivant").press("pc-valider").press("pc-telecharger").state();
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 1, 0), done.result().orElseThrow());
    }

    @Test
    void an_unknown_ephoto_code_is_refused_by_the_site_and_saying_no_to_the_loss_declaration_stops_the_request() {
        Run declared = sandbox.start(PERMIS, Mode.HINTS, 5L).press("pc-espace-conducteur").press("pc-ajouter-demande")
                .choose("pc-motif", "perte").press("pc-motif-suivant");
        RunState no = declared.choose("pc-declaration", "non").press("pc-perte-suivant").state();
        assertEquals(new PageRef("ants", "pc-perte"), no.page());
        assertEquals("Pour continuer, il faut faire la déclaration de perte.", no.siteErrors().get("pc-declaration").fr());

        RunState badCode = declared.choose("pc-declaration", "oui").press("pc-perte-suivant").press("pc-etat-civil-suivant")
                .fill("pc-ephoto", "SPEC-EPHOTO-9X9X9X9X").press("pc-photo-suivant").state();
        assertEquals(new PageRef("ants", "pc-photo"), badCode.page());
        assertEquals("Ce code n'est pas valable. Vérifiez chaque lettre et chaque chiffre.",
                badCode.siteErrors().get("pc-ephoto").fr());
    }
}
