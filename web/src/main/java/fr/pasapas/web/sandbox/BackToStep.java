package fr.pasapas.web.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * The module step a run was opened from ({@code &module=…&step=…} on the run's address), so that the learner
 * goes back to it once the scenario is passed. Content ids only: anything else is ignored.
 */
record BackToStep(String module, String step) {

    static Optional<BackToStep> from(Map<String, String> params) {
        return RunForm.id(params.get("module"))
                .flatMap(module -> RunForm.id(params.get("step")).map(step -> new BackToStep(module, step)));
    }

    /** What the run's address carries. */
    String query() {
        return "&module=" + module + "&step=" + step;
    }

    /** The step's page. */
    String stepPath() {
        return "/learner/step.xhtml?module=" + module + "&step=" + step;
    }
}
