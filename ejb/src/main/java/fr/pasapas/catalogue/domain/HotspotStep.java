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

    /** The zone that contains a tap at ({@code x}, {@code y}) percent of the image, if any. */
    public Optional<Zone> zoneAt(double x, double y) {
        return zones.stream().filter(z -> z.contains(x, y)).findFirst();
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

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        /** Whether the two rectangles share some area (touching edges do not count). */
        public boolean overlaps(Zone other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }
    }
}
