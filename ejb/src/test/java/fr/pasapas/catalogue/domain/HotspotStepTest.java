package fr.pasapas.catalogue.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HotspotStepTest {

    private static final HotspotStep.Zone SEND =
            new HotspotStep.Zone("envoyer", "Bouton Envoyer", 70, 4, 26, 10, true, "Bravo !");
    private static final HotspotStep.Zone BIN =
            new HotspotStep.Zone("corbeille", "Bouton Supprimer", 4, 4, 12, 10, false, "Non.");
    private static final HotspotStep STEP = new HotspotStep("toucher-envoyer", "Envoyer", "Touchez Envoyer.",
            new Image("images/ecrire-email.svg", "Un écran."), List.of(SEND, BIN), "Ce n'est pas ici.");

    @Test
    void a_zone_is_found_by_its_id() {
        assertEquals(Optional.of(BIN), STEP.zone("corbeille"));
        assertEquals(Optional.empty(), STEP.zone("inconnue"));
    }

    @Test
    void the_correct_zone_is_the_one_marked_correct() {
        assertEquals(SEND, STEP.correctZone());
    }

    @Test
    void a_tap_on_a_zone_is_judged_by_that_zone_with_its_label_and_feedback() {
        assertEquals(Optional.of(new Verdict(true, Text.content("Bouton Envoyer"), List.of(Text.content("Bravo !")))),
                STEP.judge(new Answer.Zone("envoyer")));
        assertEquals(Optional.of(new Verdict(false, Text.content("Bouton Supprimer"), List.of(Text.content("Non.")))),
                STEP.judge(new Answer.Zone("corbeille")));
    }

    @Test
    void a_tap_on_no_zone_is_wrong_and_says_elsewhere_with_the_miss_feedback() {
        assertEquals(Optional.of(new Verdict(false, Text.message("step.hotspot.elsewhere"),
                List.of(Text.content("Ce n'est pas ici.")))), STEP.judge(new Answer.Zone("")));
    }

    @Test
    void a_zone_the_picture_does_not_have_or_another_kind_of_answer_is_refused() {
        assertEquals(Optional.empty(), STEP.judge(new Answer.Zone("inconnue")));
        assertEquals(Optional.empty(), STEP.judge(new Answer.Typed("envoyer")));
    }

    @Test
    void the_right_answer_is_the_correct_zone_and_survives_its_stored_form() {
        assertTrue(STEP.judge(STEP.rightAnswer()).orElseThrow().correct());
        assertEquals(STEP.rightAnswer(), STEP.decode(STEP.encode(STEP.rightAnswer())));
        assertEquals(List.of("images/ecrire-email.svg"), STEP.mediaPaths());
    }
}
