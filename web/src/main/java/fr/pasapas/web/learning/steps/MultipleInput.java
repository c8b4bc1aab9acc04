package fr.pasapas.web.learning.steps;

import fr.pasapas.learning.application.StepScreen;

/** {@code multiple.xhtml}: tick every right choice, then one button; read like a single-choice quiz. */
public final class MultipleInput extends QuizInput {

    MultipleInput(StepScreen screen, FormFields form) {
        super(screen, form);
    }

    @Override
    public String view() {
        return "multiple";
    }
}
