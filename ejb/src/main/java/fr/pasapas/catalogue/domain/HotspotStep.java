package fr.pasapas.catalogue.domain;

import java.util.List;
import java.util.Optional;

/**
 * "Touch the right place on a picture": zones are rectangles in percent of the image, exactly 1 is correct,
 * they do not overlap.
 *
 * @param missFeedback shown when a tap hits no zone
 */
public record HotspotStep(String id, String title, String instruction, Image image, List<Zone> zones,
                          String missFeedback) implements Step {

    public HotspotStep {
        zones = List.copyOf(zones);
    }

    public Optional<Zone> zone(String zoneId) {
        return zones.stream().filter(z -> z.id().equals(zoneId)).findFirst();
    }

    /** The correct zone. */
    public Zone correctZone() {
        return zones.stream().filter(Zone::correct).findFirst().orElseThrow();
    }

    /**
     * A rectangle of the image, in percent of its width and height from the top left corner.
     *
     * @param label the accessible name (screen readers, keyboard)
     */
    public record Zone(String id, String label, double x, double y, double width, double height, boolean correct,
                       String feedback) {
    }
}
