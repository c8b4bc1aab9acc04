package fr.pasapas.web.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.sandbox.domain.Action;
import fr.pasapas.sandbox.domain.Block;
import fr.pasapas.sandbox.domain.BlockType;
import fr.pasapas.sandbox.domain.Page;
import fr.pasapas.sandbox.domain.Words;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the run's forms send becomes the learner's actions; anything the screen did not offer is dropped. */
class RunFormTest {

    private static Block block(BlockType type, String id, List<Block.Option> options) {
        return new Block(type, id, Words.of(id == null ? "Titre" : id), null, null, false, null, null, null, null, options, false, null,
                null, null, null, null, null, null, null, null, null, false);
    }

    private static final Page PAGE = new Page("identification", Words.of("Identification"), List.of(
            block(BlockType.HEADING, null, null),
            block(BlockType.FIELD, "nir", null),
            block(BlockType.FIELD, "mot-de-passe", null),
            block(BlockType.CHOICE, "situation", List.of(new Block.Option("seul", Words.of("Seul")),
                    new Block.Option("couple", Words.of("En couple")))),
            block(BlockType.BUTTON, "connexion", null)));

    @Test
    void the_inputs_that_changed_are_filled_in_page_order_then_the_press() {
        List<Action> actions = RunForm.siteActions(PAGE, Map.of("nir", "1 84"), Map.of(
                "f-mot-de-passe", "Yanis-Foot-9", "f-nir", "1 84", "f-situation", "seul", "press", "connexion"));
        assertEquals(List.of(new Action.Fill("mot-de-passe", "Yanis-Foot-9", false),
                new Action.Choose("situation", "seul"), new Action.Press("connexion")), actions);
    }

    @Test
    void fields_of_other_pages_unknown_options_and_malformed_ids_are_ignored() {
        List<Action> actions = RunForm.siteActions(PAGE, Map.of(), Map.of(
                "f-code", "123456", "f-situation", "marié", "press", "connexion\"><script>"));
        assertEquals(List.of(), actions);
    }

    @Test
    void a_value_that_looks_real_is_not_kept_and_a_long_one_is_cut() {
        List<Action> actions = RunForm.siteActions(PAGE, Map.of(), Map.of(
                "f-nir", "1 84 05 75 123 456", "f-mot-de-passe", "x".repeat(5000)));
        assertEquals(new Action.Fill("nir", null, true), actions.get(0));
        assertEquals(RunForm.MAX_VALUE, ((Action.Fill) actions.get(1)).value().length());
    }

    @Test
    void the_tools_send_their_one_action() {
        assertEquals(Optional.of(new Action.Open("messagerie")), RunForm.toolAction("open", Map.of("site", "messagerie")));
        assertEquals(Optional.of(new Action.Undo()), RunForm.toolAction("undo", Map.of()));
        assertEquals(Optional.of(new Action.Restart()), RunForm.toolAction("restart", Map.of()));
        assertEquals(Optional.of(new Action.AskHint()), RunForm.toolAction("hint", Map.of()));
        assertEquals(Optional.empty(), RunForm.toolAction("open", Map.of("site", "../../etc")));
        assertEquals(Optional.empty(), RunForm.toolAction("delete", Map.of()));
        assertEquals(Optional.empty(), RunForm.toolAction(null, Map.of()));
    }
}
