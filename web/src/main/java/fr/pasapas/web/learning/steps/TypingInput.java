package fr.pasapas.web.learning.steps;

import fr.pasapas.catalogue.domain.Answer;
import fr.pasapas.catalogue.domain.TypingStep;
import fr.pasapas.learning.application.StepScreen;

/** {@code typing.xhtml}: one field, {@code typed}; the field keeps the text after a refusal and on "try again". */
public final class TypingInput implements StepInput {

    private final TypingStep step;
    private final Answer lastAnswer;
    private final FormFields form;

    TypingInput(StepScreen screen, FormFields form) {
        this.step = (TypingStep) screen.step();
        this.lastAnswer = screen.lastAnswer();
        this.form = form;
    }

    @Override
    public String view() {
        return "typing";
    }

    /** The text typed, blanks around removed; nothing typed asks to type something. */
    @Override
    public FormAnswer read() {
        String typed = form.first("typed", "");
        if (typed.isBlank()) {
            return FormAnswer.refused("step.answer.typeSomething");
        }
        return FormAnswer.of(new Answer.Typed(typed.strip()));
    }

    public TypingStep getStep() {
        return step;
    }

    /** What the field shows: the text just sent, else the last answer, else nothing. */
    public String getTyped() {
        String posted = form.first("typed");
        if (posted != null) {
            return posted;
        }
        return lastAnswer instanceof Answer.Typed typed ? typed.text() : "";
    }
}
