package fr.pasapas.sandbox.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {persona.KEY} and {value.FIELD} in the texts of a page: one page serves every persona, a summary shows the answers. */
class PlaceholderTest {

    private final Sandbox sandbox = DemoSandbox.sandbox();

    private static Block block(Page page, BlockType type) {
        return page.blocks().stream().filter(b -> b.type() == type).findFirst().orElseThrow();
    }

    @Test
    void the_same_page_shows_each_persona_s_own_data_in_its_title_heading_table_and_documents() {
        Page karim = sandbox.start("karim-oui", Mode.HINTS, 1L).state().screen();
        assertEquals("Bonjour Karim FICTIF", karim.title().fr());
        assertEquals("Déclaration de Karim FICTIF", block(karim, BlockType.HEADING).text().fr());
        assertEquals("652,41 €", block(karim, BlockType.TABLE).rows().get(1).get(1).fr());
        assertEquals("Fiche de paie de Karim FICTIF", block(karim, BlockType.DOCUMENT_LIST).items().get(0).fr());

        Page jeanne = sandbox.start("jeanne-non", Mode.HINTS, 1L).state().screen();
        assertEquals("Déclaration de Jeanne EXEMPLE", block(jeanne, BlockType.HEADING).text().fr());
        assertEquals("1 200 €", block(jeanne, BlockType.TABLE).rows().get(1).get(1).fr());

        assertEquals("Bonjour {persona.name}", sandbox.site("decla").orElseThrow().home().title().fr(),
                "the site itself is not changed: the state is");
    }

    @Test
    void a_summary_shows_what_was_typed_and_the_label_of_the_option_chosen_in_each_language() {
        Run run = sandbox.start("karim-oui", Mode.HINTS, 1L).choose("a-travaille", "oui").press("continuer")
                .fill("heures", "70").press("heures-continuer");
        Page recap = run.state().screen();
        assertEquals(new PageRef("decla", "recap"), run.state().page());
        Block summary = block(recap, BlockType.TEXT);
        assertEquals("Travail : Oui. Montant : 652,41 €. Heures : 70.", summary.text().fr(),
                "the pre-filled amount the learner kept is shown too");
        assertEquals("Work: Yes.", summary.text().in(Locale.ENGLISH));
    }

    @Test
    void an_input_never_filled_shows_nothing_and_an_unknown_kind_of_placeholder_is_left_as_written() {
        Run run = sandbox.start("jeanne-non", Mode.HINTS, 1L).choose("a-travaille", "non").press("continuer")
                .press("situation-continuer");
        Page recap = run.state().screen();
        assertEquals("Travail : Non. Montant : 1 200 €. Heures : .", block(recap, BlockType.TEXT).text().fr());
        assertEquals("Réponse envoyée à jeanne.exemple@messagerie.example. {ville.nom}",
                block(recap, BlockType.NOTICE).text().fr());
    }

    @Test
    void a_message_a_site_sends_is_written_for_the_persona_with_its_code() {
        Run run = sandbox.start("jeanne-non", Mode.HINTS, 1L).choose("a-travaille", "non").press("continuer")
                .press("situation-continuer").press("envoyer");
        Message sent = run.state().mailbox().get(0);
        assertEquals("Bonjour Jeanne EXEMPLE. Votre code est " + sent.code() + ".", sent.body().fr());
        assertEquals(RunState.Outcome.REACHED, run.state().outcome());
    }

    @Test
    void placeholders_are_read_from_a_text_in_order_with_their_kind_and_key() {
        assertEquals(List.of(new Placeholder("persona", "name", "{persona.name}"),
                        new Placeholder("value", "a-travaille", "{value.a-travaille}"),
                        new Placeholder("ville", "nom", "{ville.nom}")),
                Placeholder.in("{persona.name} : {value.a-travaille}, {code}, [0-9]{13}, {ville.nom}"));
        assertTrue(Placeholder.in(null).isEmpty());
    }
}
