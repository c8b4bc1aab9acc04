package fr.pasapas.web.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * The module step a run was opened from ({@code &module=…&step=…} on the run's address), so that the learner
 * goes back to it once the scenario is passed. Content ids only: anything else is ignored.
 */
record BackToStep(String module, String step) {

    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    static Optional<BackToStep> from(Map<String, String> params) {
        String module = params.get("module");
        String step = params.get("step");
        if (module == null || step == null || !module.matches(ID) || !step.matches(ID)
                || module.length() > 80 || step.length() > 80) {
            return Optional.empty();
        }
        return Optional.of(new BackToStep(module, step));
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
