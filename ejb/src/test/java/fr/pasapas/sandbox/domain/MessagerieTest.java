package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The webmail (REPLICAS.md §7) played with its likely mistakes: phishing, wrong file, code in the Spam folder. */
class MessagerieTest {

    private final Sandbox sandbox = RealContent.sandbox();

    private Run start(String scenario, Mode mode) {
        return sandbox.start(scenario, mode, 2026L);
    }

    private static String feedback(Run run) {
        return run.state().mistakeFeedback().orElseThrow().fr();
    }

    // messagerie-hameconnage

    @Test
    void the_run_starts_with_the_scenario_s_messages_and_each_shows_its_sender_s_address() {
        List<Message> mailbox = start("messagerie-hameconnage", Mode.HINTS).state().mailbox();
        assertEquals(List.of("faux-remboursement", "releve-ameli", "faux-carte-vitale", "planning-travail"),
                mailbox.stream().map(Message::id).toList());
        assertTrue(mailbox.stream().allMatch(message -> message.from().fr().matches(".*<[^@ ]+@[^@ ]+>")));
        assertEquals(List.of(true, false, true, false), mailbox.stream().map(Message::phishing).toList());
        assertTrue(mailbox.stream().filter(Message::phishing)
                .allMatch(fake -> fake.from().fr().endsWith(".example>") && fake.link().address().contains(".example")));
    }

    @Test
    void touching_the_link_of_the_fake_message_ends_the_run_with_how_to_tell_and_undo_lets_the_learner_report_it() {
        for (Mode mode : Mode.values()) {
            Run trapped = start("messagerie-hameconnage", mode).press("faux-remboursement").press("lien-remboursement");
            RunState state = trapped.state();
            assertEquals(RunState.Outcome.ENDED, state.outcome(), mode.name());
            assertTrue(state.ending().orElseThrow().fr().contains("« securite-info.example »"), state.ending().toString());
            assertFalse(state.result().orElseThrow().passed());
            assertEquals(state, trapped.press("signaler-hameconnage").state(), "nothing but undo or restart after the trap");

            RunState reported = ExpectedPath.play(sandbox, trapped.undo()).state();
            assertTrue(reported.result().orElseThrow().passed(), mode.name());
        }
    }

    @Test
    void replying_to_the_fake_message_gets_its_feedback_and_undo_takes_it_back() {
        Run opened = start("messagerie-hameconnage", Mode.HINTS).press("faux-remboursement");
        Run replied = opened.press("repondre");
        assertEquals(new PageRef("messagerie", "reponse"), replied.state().page());
        assertTrue(feedback(replied).startsWith("Ne répondez jamais à ce genre de message."), feedback(replied));
        assertEquals(opened.state().page(), replied.undo().state().page());
        assertEquals(List.of(), replied.undo().state().mistakes());
        assertEquals("signaler-hameconnage", replied.undo().state().next().orElseThrow().target());
    }

    @Test
    void opening_the_real_message_of_the_assurance_maladie_is_explained_by_its_address() {
        Run wrong = start("messagerie-hameconnage", Mode.GUIDED).press("releve-ameli");
        assertTrue(feedback(wrong).startsWith("Ce message vient de « info.ameli.fr »."), feedback(wrong));
        assertEquals("faux-remboursement", wrong.state().guidance().orElseThrow().element());
    }

    @Test
    void alone_a_wrong_message_opened_and_left_still_passes_but_one_more_mistake_fails() {
        Run wrongMessage = start("messagerie-hameconnage", Mode.ALONE).press("planning-travail").press("retour-reception");
        assertTrue(wrongMessage.state().mistakeFeedback().isEmpty(), "nothing is said while alone");
        RunState passed = ExpectedPath.play(sandbox, wrongMessage).state();
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 2, 0), passed.result().orElseThrow(),
                "opening it and going back are 2 mistakes, which the scenario allows");

        Run deleted = wrongMessage.press("faux-remboursement").press("supprimer");
        RunState failed = ExpectedPath.play(sandbox, deleted).state();
        assertEquals(RunState.Outcome.REACHED, failed.outcome());
        assertFalse(failed.result().orElseThrow().passed());
        assertTrue(failed.debrief().get(0).feedback().fr().startsWith("C'est le planning de travail d'Aminata."));
        assertTrue(failed.debrief().get(2).feedback().fr().startsWith("Supprimer, c'est bien."));
    }

    // messagerie-piece-jointe

    private Run atFilePicker(Mode mode) {
        return start("messagerie-piece-jointe", mode).press("offre-interim").press("retour-reception")
                .press("nouveau-message").fill("destinataire", "recrutement@entrepot-modele.example")
                .fill("objet", "Candidature cariste").fill("texte", "Bonjour, voici mon CV. Cordialement, Karim FICTIF.")
                .press("joindre");
    }

    @Test
    void joining_the_payslip_instead_of_the_cv_gets_its_feedback_and_the_cv_then_passes() {
        Run wrongFile = atFilePicker(Mode.HINTS).choose("fichier", "bulletin-mars-2025");
        assertTrue(feedback(wrongFile).startsWith("C'est le bulletin de salaire, la fiche de paie."), feedback(wrongFile));
        assertEquals("fichier", wrongFile.state().next().orElseThrow().target());

        RunState sent = wrongFile.choose("fichier", "cv-karim").press("ouvrir-fichier").press("envoyer-message").state();
        assertEquals(new PageRef("messagerie", "message-envoye"), sent.page());
        assertEquals("cv-karim", sent.values().get("fichier"));
        assertEquals(RunState.Outcome.REACHED, sent.outcome());
        assertEquals(1, sent.result().orElseThrow().mistakes());
    }

    @Test
    void sending_before_the_cv_is_joined_is_a_mistake_that_undo_takes_back() {
        Run written = start("messagerie-piece-jointe", Mode.GUIDED).press("offre-interim").press("retour-reception")
                .press("nouveau-message").fill("destinataire", "recrutement@entrepot-modele.example")
                .fill("objet", "Candidature cariste").fill("texte", "Bonjour, voici mon CV. Cordialement, Karim FICTIF.");
        Run noAttachment = written.press("envoyer-message");
        assertEquals("Le CV n'est pas encore joint. Touchez « Annuler la dernière action ». Puis touchez « Joindre un fichier ».", feedback(noAttachment));
        RunState undone = noAttachment.undo().state();
        assertEquals(new PageRef("messagerie", "nouveau"), undone.page());
        assertEquals("destinataire", undone.guidance().orElseThrow().element(),
                "the message was sent by the page's form: undo takes back what was typed with it");
    }

    @Test
    void the_agency_s_address_in_a_is_explained_and_the_webmail_refuses_an_address_without_at_sign() {
        Run newMessage = start("messagerie-piece-jointe", Mode.HINTS).press("offre-interim").press("retour-reception")
                .press("nouveau-message");
        Run agency = newMessage.fill("destinataire", "contact@interim-demo.example");
        assertTrue(feedback(agency).startsWith("C'est l'adresse de l'agence."), feedback(agency));

        RunState refused = newMessage.fill("destinataire", "recrutement entrepot-modele.example")
                .fill("objet", "Candidature").fill("texte", "Bonjour.").press("envoyer-message").state();
        assertEquals(new PageRef("messagerie", "nouveau"), refused.page());
        assertEquals("Une adresse e-mail a un « @ » et pas d'espace.", refused.siteErrors().get("destinataire").fr());
    }

    // messagerie-code-spam

    @Test
    void the_code_is_in_the_spam_folder_and_the_caf_accepts_it() {
        Run run = start("messagerie-code-spam", Mode.HINTS);
        Message code = run.state().mailbox().stream().filter(m -> m.id().equals("code-caf-spam")).findFirst().orElseThrow();
        assertEquals("spam", code.folder());
        assertTrue(code.code().matches("[0-9]{6}") && code.body().fr().contains(code.code()), code.body().fr());

        Run inReception = run.open("messagerie").press("code-caf-spam");
        assertEquals(new PageRef("messagerie", "reception"), inReception.state().page(), "not in the inbox's list");

        Run wrongPlace = run.open("messagerie").press("planning-semaine");
        assertTrue(feedback(wrongPlace).endsWith("Pas de code ici ? Regardez dans « Spam »."), feedback(wrongPlace));

        RunState done = run.open("messagerie").press("dossier-spam").press("code-caf-spam").open("caf")
                .fill("code", code.code()).press("valider-code").state();
        assertEquals(new PageRef("caf", "tableau-de-bord"), done.page());
        assertEquals(new RunState.Result(true, RunState.Outcome.REACHED, 0, 0), done.result().orElseThrow());
    }

    @Test
    void asking_for_a_new_code_is_a_listed_mistake_and_then_only_the_new_code_in_the_inbox_is_valid() {
        Run again = start("messagerie-code-spam", Mode.HINTS).press("envoyer-code");
        assertEquals("Le premier code est peut-être déjà arrivé. Regardez d'abord dans la messagerie.", feedback(again));
        List<Message> mailbox = again.state().mailbox();
        assertEquals("code-caf", mailbox.get(0).id());
        assertEquals("reception", mailbox.get(0).folder());
        String inSpam = mailbox.stream().filter(m -> m.id().equals("code-caf-spam")).findFirst().orElseThrow().code();
        assertNotEquals(inSpam, mailbox.get(0).code());
        assertFalse(again.fill("code", inSpam).press("valider-code").state().page().page().equals("tableau-de-bord"));
        assertEquals(List.of(), again.undo().state().mistakes());
    }

    // messagerie-lire-repondre

    @Test
    void forwarding_instead_of_answering_then_forwarding_to_the_ccas_are_each_explained() {
        Run opened = start("messagerie-lire-repondre", Mode.HINTS).press("message-ccas");
        Run forwarded = opened.press("transferer");
        assertTrue(feedback(forwarded).startsWith("« Transférer » envoie le message à une autre personne."));

        Run toCcas = opened.press("repondre").fill("reponse-texte", "Oui, je viendrai. Merci.").press("envoyer-reponse")
                .press("retour-au-message").press("transferer").fill("transfert-a", "ccas@villefictive.example");
        assertTrue(feedback(toCcas).startsWith("C'est l'adresse du CCAS."), feedback(toCcas));
        RunState done = toCcas.fill("transfert-a", "tom.exemple@messagerie.example").press("envoyer-transfert").state();
        assertEquals(new PageRef("messagerie", "reponse-envoyee"), done.page());
        assertEquals(RunState.Outcome.REACHED, done.outcome());
        assertEquals("message-ccas", done.opened().orElseThrow().id(), "the message forwarded is the one open");
    }
}
