package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.PracticeStep;
import fr.pasapas.learning.application.StepScreen;

/** {@code practice.xhtml}: what the learner will practise, and the button that opens the scenario; nothing to answer. */
public final class PracticeInput implements StepInput {

    private final PracticeStep step;

    PracticeInput(StepScreen screen, FormFields form) {
        this.step = (PracticeStep) screen.step();
    }

    @Override
    public String view() {
        return "practice";
    }

    /** A practice is done on the sandbox, never answered here: an answer form sent to it is not ours. */
    @Override
    public FormAnswer read() {
        return FormAnswer.forged();
    }

    public PracticeStep getStep() {
        return step;
    }
}
