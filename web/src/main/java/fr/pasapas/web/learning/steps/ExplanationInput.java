package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.ExplanationStep;
import fr.pasapas.learning.application.StepScreen;

/** {@code explanation.xhtml}: text, picture, one button; nothing to answer. */
public final class ExplanationInput implements StepInput {

    private final ExplanationStep step;

    ExplanationInput(StepScreen screen, FormFields form) {
        this.step = (ExplanationStep) screen.step();
    }

    @Override
    public String view() {
        return "explanation";
    }

    /** An explanation is read, never answered: an answer form sent to it is not ours. */
    @Override
    public FormAnswer read() {
        return FormAnswer.forged();
    }

    @Override
    public String audio() {
        return step.audio();
    }

    public ExplanationStep getStep() {
        return step;
    }
}
