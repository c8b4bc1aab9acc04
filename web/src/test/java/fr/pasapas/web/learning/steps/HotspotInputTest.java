package fr.pasapas.web.learning.steps;

import static fr.pasapas.web.learning.steps.Fixtures.HOTSPOT;
import static fr.pasapas.web.learning.steps.Fixtures.input;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.pasapas.catalogue.domain.Answer;
import org.junit.jupiter.api.Test;

class HotspotInputTest {

    @Test
    void a_tap_beside_the_zones_or_a_form_without_a_zone_is_a_tap_elsewhere() {
        assertEquals(new Answer.Zone(""), input(HOTSPOT, "zone", "").read().answer());
        assertEquals(new Answer.Zone(""), input(HOTSPOT).read().answer());
    }

    @Test
    void a_zone_the_picture_does_not_have_is_refused_as_forged() {
        assertEquals(FormAnswer.forged(), input(HOTSPOT, "zone", "ailleurs").read());
    }

    @Test
    void a_zone_sent_twice_keeps_the_first() {
        assertEquals(new Answer.Zone("supprimer"), input(HOTSPOT, "zone", "supprimer", "zone", "envoyer").read().answer());
    }

    @Test
    void a_zone_is_placed_in_percent_of_the_picture() {
        assertEquals("left:70.00%;top:4.00%;width:26.00%;height:10.00%",
                ((HotspotInput) input(HOTSPOT)).zoneStyle(HOTSPOT.zones().get(0)));
    }
}
