package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The messages a scenario puts in the persona's mailbox before the run starts, on a small hand-made webmail. */
class MailboxTest {

    private static final Words W = Words.of("…");

    private static final Message NEWSLETTER = new Message("lettre", "reception", Words.of("Pharmacie <infos@pharmacie.example>"),
            Words.of("Nos conseils"), Words.of("Bonjour."), null, false, null);
    private static final Message FAKE = new Message("faux", "reception",
            Words.of("CAF <caf-remboursement@securite-info.example>"), Words.of("Remboursement"),
            Words.of("Cliquez vite."), null, true,
            new Message.Link("lien-faux", Words.of("Recevoir mon remboursement"), "securite-info.example"));
    private static final Message CODE_IN_SPAM = new Message("code-spam", "spam", Words.of("Site <site@site.example>"),
            Words.of("Votre code"), Words.of("Votre code est {code}."), null, false, null);

    private final Sandbox sandbox = Sandbox.of(List.of(webmail()),
            List.of(new Persona("karim", "Karim FICTIF", "karim.fictif@messagerie.example", Map.of())),
            List.of(scenario()));

    private static Block block(BlockType type, String id, PageRef goes, String folder) {
        return new Block(type, id, W, goes, null, false, null, null, null, null, null, false,
                type == BlockType.BUTTON ? new Block.MessageTemplate("envoye", "reception", Words.of("Site"),
                        Words.of("Nouveau code"), Words.of("Code {code}.")) : null,
                null, folder, null, null, null, null, null, null, null, false);
    }

    private static Site webmail() {
        PageRef lecture = new PageRef("mail", "lecture");
        return new Site("mail", "Messagerie", "messagerie.example", new Site.Look("#5b3a8c", null, W, null, W), List.of(
                new Page("reception", W, List.of(block(BlockType.MESSAGE_LIST, null, lecture, "reception"),
                        block(BlockType.LINK, "dossier-spam", new PageRef("mail", "spam"), null),
                        block(BlockType.BUTTON, "renvoyer", null, null))),
                new Page("spam", W, List.of(block(BlockType.MESSAGE_LIST, null, lecture, "spam"))),
                new Page("lecture", W, List.of(block(BlockType.MESSAGE, null, null, null),
                        block(BlockType.LINK, "retour", new PageRef("mail", "reception"), null)))));
    }

    private static Scenario scenario() {
        List<ExpectedAction> path = List.of(
                new ExpectedAction(ExpectedAction.Kind.PRESS, "faux", null, W, W, List.of(), null),
                new ExpectedAction(ExpectedAction.Kind.PRESS, "retour", null, W, W, List.of(), null),
                new ExpectedAction(ExpectedAction.Kind.PRESS, "dossier-spam", null, W, W, List.of(), null),
                new ExpectedAction(ExpectedAction.Kind.PRESS, "code-spam", null, W, W, List.of(), null));
        return new Scenario("courrier", W, W, List.of("mail"), "karim", new PageRef("mail", "reception"), path,
                List.of(new Scenario.Ending("lien-faux", Words.of("C'était un hameçonnage."))), 0,
                List.of(FAKE, NEWSLETTER, CODE_IN_SPAM));
    }

    private Run start() {
        return sandbox.start("courrier", Mode.HINTS, 3L);
    }

    @Test
    void the_run_starts_with_the_scenario_s_messages_in_order_and_a_code_drawn_for_the_one_that_carries_it() {
        List<Message> mailbox = start().state().mailbox();
        assertEquals(List.of("faux", "lettre", "code-spam"), mailbox.stream().map(Message::id).toList());
        assertEquals(FAKE, mailbox.get(0));
        assertEquals(NEWSLETTER, mailbox.get(1));
        String code = Replay.code(3L, 0);
        assertEquals(code, mailbox.get(2).code());
        assertEquals("Votre code est " + code + ".", mailbox.get(2).body().fr());
        assertEquals(Optional.of(code), start().state().latestCode());
    }

    @Test
    void a_message_a_site_sends_arrives_above_them_with_the_next_code() {
        List<Message> mailbox = start().press("renvoyer").state().mailbox();
        assertEquals(List.of("envoye", "faux", "lettre", "code-spam"), mailbox.stream().map(Message::id).toList());
        assertEquals(Replay.code(3L, 1), mailbox.get(0).code(), "the code in the spam was the first one");
    }

    @Test
    void pressing_a_message_in_its_folder_s_list_opens_it_like_a_sent_one_and_counts_as_the_step() {
        RunState state = start().press("faux").state();
        assertEquals(new PageRef("mail", "lecture"), state.page());
        assertEquals(Optional.of(FAKE), state.opened());
        assertEquals(List.of(), state.mistakes());
        assertEquals("retour", state.next().orElseThrow().target());

        RunState spam = start().press("faux").press("retour").press("dossier-spam").press("code-spam").state();
        assertEquals("code-spam", spam.opened().orElseThrow().id());
        assertEquals(RunState.Outcome.REACHED, spam.outcome());
    }

    @Test
    void a_message_is_opened_only_from_the_list_of_its_own_folder() {
        RunState state = start().press("code-spam").state();
        assertEquals(new PageRef("mail", "reception"), state.page(), "the message is in the spam, not here");
        assertTrue(state.opened().isEmpty());
        assertEquals(List.of(), state.mistakes(), "a press the screen could not offer changes nothing");
    }

    @Test
    void the_link_of_the_open_phishing_message_ends_the_run_and_only_while_that_message_is_open() {
        RunState trapped = start().press("faux").press("lien-faux").state();
        assertEquals(RunState.Outcome.ENDED, trapped.outcome());
        assertEquals("C'était un hameçonnage.", trapped.ending().orElseThrow().fr());
        assertFalse(trapped.result().orElseThrow().passed());
        assertTrue(trapped.opened().orElseThrow().phishing());

        assertEquals(RunState.Outcome.PLAYING, start().press("lien-faux").state().outcome(), "not open yet");
        assertEquals(RunState.Outcome.PLAYING, start().press("faux").press("retour").press("lien-faux").state().outcome(),
                "no longer on screen");
        Run otherOpen = start().press("faux").press("retour").press("lettre");
        RunState pressed = otherOpen.press("lien-faux").state();
        assertEquals(RunState.Outcome.PLAYING, pressed.outcome(), "another message has no such link");
        assertEquals(otherOpen.state().mistakes(), pressed.mistakes(), "and pressing it changes nothing");
    }
}
