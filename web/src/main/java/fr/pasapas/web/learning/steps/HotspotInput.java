package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.HotspotStep;
import fr.pasapas.learning.application.StepScreen;
import java.util.Locale;

/** {@code hotspot.xhtml}: each zone is a button named {@code zone}; a tap elsewhere sends an empty zone. */
public final class HotspotInput implements StepInput {

    private final HotspotStep step;
    private final FormFields form;

    HotspotInput(StepScreen screen, FormFields form) {
        this.step = (HotspotStep) screen.step();
        this.form = form;
    }

    @Override
    public String view() {
        return "hotspot";
    }

    /** The zone touched; no zone (empty or not sent) is a tap elsewhere; a zone the picture does not have is refused. */
    @Override
    public FormAnswer read() {
        String zone = form.first("zone", "");
        if (!zone.isEmpty() && step.zone(zone).isEmpty()) {
            return FormAnswer.forged();
        }
        return FormAnswer.of(new Answer.Zone(zone));
    }

    public HotspotStep getStep() {
        return step;
    }

    /** Inline position of a zone, in percent of the picture. */
    public String zoneStyle(HotspotStep.Zone zone) {
        return String.format(Locale.ROOT, "left:%.2f%%;top:%.2f%%;width:%.2f%%;height:%.2f%%",
                zone.x(), zone.y(), zone.width(), zone.height());
    }
}
