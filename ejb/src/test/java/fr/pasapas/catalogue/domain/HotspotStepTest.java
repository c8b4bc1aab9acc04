package fr.pasapas.catalogue.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
