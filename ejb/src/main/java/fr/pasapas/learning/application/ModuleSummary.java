package fr.pasapas.learning.application;

import fr.pasapas.learning.domain.Module;
import fr.pasapas.learning.domain.ModuleStanding;

/** A module on the learner's "Mes modules" page. */
public record ModuleSummary(Module module, String courseTitle, ModuleStanding standing, String resumeStepId,
                            int resumeStepNumber, boolean completed, String certificateCode,
                            java.time.Instant lastActivity) {

    public int percent() {
        return completed ? 100 : standing.percent();
    }

    public boolean started() {
        return standing.started() || completed;
    }
}
