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
                          String missFeedback) implements QuestionStep {

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

    /** A tap on no zone is wrong; a zone this picture does not have is refused. */
    @Override
    public Optional<Verdict> judge(Answer answer) {
        if (!(answer instanceof Answer.Zone tapped)) {
            return Optional.empty();
        }
        if (tapped.missed()) {
            return Optional.of(verdict(tapped, false));
        }
        return zone(tapped.zoneId()).map(zone -> verdict(tapped, zone.correct()));
    }

    /** The zone touched (or "elsewhere") and its feedback (or the feedback of a miss). */
    @Override
    public Verdict verdict(Answer answer, boolean correct) {
        Optional<Zone> zone = zone(((Answer.Zone) answer).zoneId());
        return new Verdict(correct,
                zone.map(z -> Text.content(z.label())).orElse(Text.message("step.hotspot.elsewhere")),
                List.of(Text.content(zone.map(Zone::feedback).orElse(missFeedback))));
    }

    @Override
    public Answer rightAnswer() {
        return new Answer.Zone(correctZone().id());
    }

    @Override
    public String encode(Answer answer) {
        return Answer.clip(((Answer.Zone) answer).zoneId());
    }

    @Override
    public Answer decode(String text) {
        return new Answer.Zone(text);
    }

    @Override
    public List<String> mediaPaths() {
        return Image.paths(image);
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
