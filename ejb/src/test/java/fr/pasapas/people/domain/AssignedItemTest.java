package fr.pasapas.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssignedItemTest {

    @Test
    void each_kind_is_read_back_from_the_value_a_form_sends() {
        for (AssignedItem item : new AssignedItem[] {AssignedItem.course("email"), AssignedItem.module("lire-email"),
                AssignedItem.scenario("caf-se-connecter", "guided")}) {
            assertEquals(Optional.of(item), AssignedItem.parse(item.text()));
        }
        assertEquals("scenario:caf-se-connecter:hints", AssignedItem.scenario("caf-se-connecter", "hints").text());
    }

    @Test
    void a_forged_or_cut_value_is_no_item() {
        for (String forged : new String[] {null, "", "module", "module:", "module:a:b", "course:../x", "scenario:caf",
                "scenario:caf:", "scenario:caf:GUIDED", "lesson:x", "module:A", "module:" + "x".repeat(81), "module:x'--"}) {
            assertTrue(AssignedItem.parse(forged).isEmpty(), "should be refused: " + forged);
        }
    }

    @Test
    void only_a_scenario_has_a_mode() {
        assertThrows(IllegalArgumentException.class, () -> new AssignedItem(ItemKind.MODULE, "wifi", "guided"));
        assertThrows(IllegalArgumentException.class, () -> new AssignedItem(ItemKind.SCENARIO, "caf", ""));
    }
}
